package org.gongkai.language.ide.quickfix;

import static org.gongkai.language.template.Vocabulary.FORMAT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.ide.spelling.WritingLanguage;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.validation.FormatMove;
import org.gongkai.language.validation.FormatMove.Move;

import com.google.inject.Inject;

/**
 * format.year, when the data fits the format the year wants ({@link FormatMove}): {@code format} says it, and each
 * table keeps what the format has, renames what it calls otherwise (本年新制作 → 本年制发) and drops the rest, which
 * is 0 or blank (or 上一年项目数量/本年增减). Cells and columns that fit neither format are left to their own errors.
 */
class FormatMoveFix {

	@Inject
	private Layout layout;

	Optional<QuickFix> of(Site site) {
		Optional<ReportFormat> target = site.data(0).flatMap(id -> {
			try {
				return Formats.byId(Integer.parseInt(id));
			} catch (NumberFormatException e) {
				return Optional.empty();
			}
		});
		if (target.isEmpty()) {
			return Optional.empty();
		}
		List<TextEdit> edits = new ArrayList<>(tables(site, target.get()));
		Optional<TextEdit> format = formatHeader(site, target.get());
		if (format.isEmpty()) {
			return Optional.empty();
		}
		edits.add(format.get());
		boolean inserted = format.get().length() == 0;
		return Optional.of(new QuickFix(String.format("改用格式 %d（%s）", target.get().id(), target.get().notice()),
				inserted ? layout.formatted(site, edits) : edits));
	}

	/** The number of {@code format} replaced, or {@code format N} written after {@code year}. */
	private static Optional<TextEdit> formatHeader(Site site, ReportFormat target) {
		String id = String.valueOf(target.id());
		Optional<Header> format = site.view().header(HeaderKey.FORMAT);
		if (format.isPresent()) {
			List<INode> number = NodeModelUtils.findNodesForFeature(format.get(), GongkaiPackage.Literals.HEADER__NUMBER);
			return number.isEmpty() ? Optional.empty()
					: Optional.of(new TextEdit(number.get(0).getOffset(), number.get(0).getLength(), id));
		}
		return site.view().header(HeaderKey.YEAR).map(year -> {
			int at = Places.endOfLine(site.text(), NodeModelUtils.getNode(year).getEndOffset());
			return TextEdit.insert(at, Places.newLine(site, 1) + WritingLanguage.spell(FORMAT, site.chineseAt(at)) + " " + id);
		});
	}

	private static List<TextEdit> tables(Site site, ReportFormat target) {
		ReportFormat current = site.view().format();
		List<TextEdit> edits = new ArrayList<>();
		for (Section section : site.report().getSections()) {
			String part = section.getPart().getLiteral();
			boolean table = current.part(part).filter(p -> p.kind() == PartKind.TABLE).isPresent();
			if (!table || section.getTable() == null) {
				continue;
			}
			List<Column> columns = section.getTable().getColumns();
			boolean[] dropColumn = new boolean[columns.size()];
			for (int i = 0; i < columns.size(); i++) {
				Column column = columns.get(i);
				String key = column.getKey().getLiteral();
				if (!FormatMove.column(part, key, current).kept()) {
					continue;
				}
				dropColumn[i] = FormatMove.column(part, key, target).dropped() || cells(site, part, column, current, target, edits);
			}
			edits.addAll(Removals.of(columns.stream().<INode>map(NodeModelUtils::getNode).toList(), dropColumn)
					.orElseGet(() -> Removals.inside(section.getTable(), "<", ">")));
		}
		return edits;
	}

	/** Renames and drops the column's cells; true when every cell is dropped (the column then goes). */
	private static boolean cells(Site site, String part, Column column, ReportFormat current, ReportFormat target, List<TextEdit> edits) {
		String key = column.getKey().getLiteral();
		List<Cell> cells = column.getCells();
		boolean[] drop = new boolean[cells.size()];
		List<TextEdit> renames = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			if (!FormatMove.cell(part, key, cell.getKey().getLiteral(), current).kept()) {
				continue;
			}
			Move move = FormatMove.cell(part, key, cell.getKey().getLiteral(), target);
			drop[i] = move.dropped();
			if (move.renamedTo() != null) {
				INode written = NodeModelUtils.findNodesForFeature(cell, GongkaiPackage.Literals.CELL__KEY).get(0);
				boolean chinese = written.getText().codePoints().anyMatch(WritingLanguage::isHan);
				renames.add(new TextEdit(written.getOffset(), written.getLength(), WritingLanguage.spell(move.renamedTo(), chinese)));
			}
		}
		Optional<List<TextEdit>> removals = Removals.of(cells.stream().<INode>map(NodeModelUtils::getNode).toList(), drop);
		if (removals.isEmpty()) {
			return true;
		}
		edits.addAll(renames);
		edits.addAll(removals.get());
		return false;
	}
}
