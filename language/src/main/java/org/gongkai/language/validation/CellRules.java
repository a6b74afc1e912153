package org.gongkai.language.validation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.CellKey;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.ColumnKey;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Table;
import org.gongkai.language.report.CellValues;
import org.gongkai.language.template.CellKind;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.validation.CellPlacement.Verdict;

/** Rules on single cells: where they may stand and what they may hold. Each reads a column's cells at once. */
public class CellRules extends ReportRules {

	@Check
	public void cellUnknown(Column column) {
		String part = part(column);
		ReportFormat format = view(column).format();
		String key = column.getKey().getLiteral();
		Verdict columnVerdict = CellPlacement.column(part, key, format);
		if (columnVerdict == Verdict.UNKNOWN) {
			error(String.format("「%s」不是%s表中的一栏", spelled(column), partLabel(format, part)), column,
					GongkaiPackage.Literals.COLUMN__KEY, IssueCodes.CELL_UNKNOWN);
			return;
		}
		for (Cell cell : column.getCells()) {
			if (CellPlacement.cell(part, key, cell.getKey().getLiteral(), format) == Verdict.UNKNOWN) {
				String allowed = CellPlacement.rowsOf(format, part, key);
				error(String.format("「%s」不属于「%s」%s", spelledCell(cell), spelled(column),
						allowed.isEmpty() ? "" : "，这一栏可写：" + allowed), cell, GongkaiPackage.Literals.CELL__KEY,
						IssueCodes.CELL_UNKNOWN);
			}
		}
	}

	/** A cell printed empty: the tables ask for 0 where nothing happened (quick fix: 0, here or in the whole table). */
	@Check
	public void cellBlank(Column column) {
		for (Cell cell : column.getCells()) {
			if (cell.isBlank()) {
				warning(String.format("这一格印为空白（-）：%s 的表格要求没有发生的事项填 0，不留空白", view(cell).format().notice()), cell,
						GongkaiPackage.Literals.CELL__BLANK, IssueCodes.CELL_BLANK);
			}
		}
	}

	@Check
	public void cellFormat(Column column) {
		String part = part(column);
		ReportFormat format = view(column).format();
		String key = column.getKey().getLiteral();
		Verdict columnVerdict = CellPlacement.column(part, key, format);
		if (columnVerdict == Verdict.OTHER_FORMAT) {
			error(String.format("格式 %d 的报告没有「%s」这一栏", format.id(), spelled(column)), column,
					GongkaiPackage.Literals.COLUMN__KEY, IssueCodes.CELL_FORMAT);
			return;
		}
		if (columnVerdict == Verdict.UNKNOWN) {
			return;
		}
		for (Cell cell : column.getCells()) {
			if (CellPlacement.cell(part, key, cell.getKey().getLiteral(), format) == Verdict.OTHER_FORMAT) {
				error(String.format("格式 %d 的报告中「%s」没有「%s」", format.id(), spelled(column), spelledCell(cell)), cell,
						GongkaiPackage.Literals.CELL__KEY, IssueCodes.CELL_FORMAT);
			}
		}
	}

	@Check
	public void cellDuplicate(Table table) {
		// a keyword's spellings are one literal of its enum: the keys compare as the enums, without a string for each cell
		Map<ColumnKey, Set<CellKey>> seen = new EnumMap<>(ColumnKey.class);
		for (Column column : table.getColumns()) {
			Set<CellKey> cells = seen.computeIfAbsent(column.getKey(), k -> EnumSet.noneOf(CellKey.class));
			for (Cell cell : column.getCells()) {
				if (!cells.add(cell.getKey())) {
					error(String.format("「%s」的「%s」写了两次", spelled(column), spelledCell(cell)), cell,
							GongkaiPackage.Literals.CELL__KEY, IssueCodes.CELL_DUPLICATE);
				}
			}
		}
	}

	@Check
	public void cellNegative(Column column) {
		Optional<TableTemplate> table = table(column);
		for (Cell cell : column.getCells()) {
			Optional<Item> row = table.flatMap(t -> t.row(cell.getKey().getLiteral()));
			if (cell.getValue() != null && cell.getValue().startsWith("-") && row.isPresent()
					&& row.get().kind() != CellKind.SIGNED) {
				error(String.format("「%s」不能为负数：%s", row.get().label(), cell.getValue()), cell,
						GongkaiPackage.Literals.CELL__VALUE, IssueCodes.CELL_NEGATIVE);
			}
		}
	}

	@Check
	public void cellType(Column column) {
		Optional<TableTemplate> table = table(column);
		for (Cell cell : column.getCells()) {
			String value = cell.getValue();
			Optional<Item> row = value == null ? Optional.empty() : table.flatMap(t -> t.row(cell.getKey().getLiteral()));
			if (row.isEmpty()) {
				continue;
			}
			String unit = CellValues.unit(value);
			int decimals = CellValues.decimals(value);
			String label = row.get().label();
			if (row.get().kind() != CellKind.AMOUNT && (decimals > 0 || !unit.isEmpty())) {
				error(String.format("「%s」是件数，应为整数：%s", label, value), cell, GongkaiPackage.Literals.CELL__VALUE,
						IssueCodes.CELL_TYPE);
			} else if (row.get().kind() == CellKind.AMOUNT && unit.equals(CellValues.YUAN) && decimals > 2) {
				error(String.format("「%s」以元为单位时最多两位小数（到分）：%s", label, value), cell,
						GongkaiPackage.Literals.CELL__VALUE, IssueCodes.CELL_TYPE);
			} else if (row.get().kind() == CellKind.AMOUNT && !unit.equals(CellValues.YUAN) && decimals > 6) {
				error(String.format("「%s」以万元为单位时最多六位小数（到分）：%s", label, value), cell,
						GongkaiPackage.Literals.CELL__VALUE, IssueCodes.CELL_TYPE);
			}
		}
	}

	/** The template's table, if it has this column: its rows are what the column's cells may be. */
	private Optional<TableTemplate> table(Column column) {
		return CellPlacement.table(view(column).format(), part(column)).filter(t -> t.column(column.getKey().getLiteral()).isPresent());
	}

	private static String part(Column column) {
		return EcoreUtil2.getContainerOfType(column, Section.class).getPart().getLiteral();
	}

	private static String partLabel(ReportFormat format, String part) {
		return format.part(part).map(p -> p.fullHeading()).orElse(part);
	}

	private static String spelled(Column column) {
		return Sources.text(column, GongkaiPackage.Literals.COLUMN__KEY);
	}

	private static String spelledCell(Cell cell) {
		return Sources.text(cell, GongkaiPackage.Literals.CELL__KEY);
	}

}
