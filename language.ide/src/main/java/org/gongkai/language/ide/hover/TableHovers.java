package org.gongkai.language.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.Block;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.TableTemplate;

/** The hover texts (Markdown) for the keywords and values of a table, read from the report view and its template. */
final class TableHovers {

	private final ReportView view;

	TableHovers(ReportView view) {
		this.view = view;
	}

	/** The column's label, then its place: part heading · caption of its block · the group headers over it. */
	Optional<String> column(Column column) {
		return part(column).flatMap(part -> part.table().column(column.getKey().getLiteral()).map(item -> {
			List<String> where = new ArrayList<>(List.of(part.fullHeading()));
			caption(part.table(), item).ifPresent(where::add);
			item.groups().forEach(g -> where.add(g.fullLabel()));
			return "**" + item.fullLabel() + "**\n\n" + String.join(" · ", where);
		}));
	}

	/** The row's (field's) label, then its place: the group headers over it · its column · the part heading. */
	Optional<String> field(Cell cell) {
		Column column = EcoreUtil2.getContainerOfType(cell, Column.class);
		return part(column).flatMap(part -> {
			TableTemplate table = part.table();
			Optional<Item> columnItem = table.column(column.getKey().getLiteral());
			Optional<Item> row = table.row(cell.getKey().getLiteral());
			if (row.isEmpty()) {
				return Optional.empty();
			}
			List<String> where = new ArrayList<>();
			row.get().groups().forEach(g -> where.add(g.fullLabel()));
			columnItem.ifPresent(c -> where.add(c.fullLabel()));
			where.add(part.fullHeading());
			return Optional.of("**" + row.get().fullLabel() + "**\n\n" + String.join(" · ", where));
		});
	}

	/** The value; for a total, the formula with the numbers. */
	Optional<String> value(Cell cell) {
		Column column = EcoreUtil2.getContainerOfType(cell, Column.class);
		return part(column).flatMap(part -> {
			TableView table = view.table(part.keyword());
			return table.cell(column.getKey().getLiteral(), cell.getKey().getLiteral())
					.map(c -> describe(table, c));
		});
	}

	private static String describe(TableView table, CellView cell) {
		String head = cell.column().fullLabel() + " · " + cell.row().fullLabel() + "：" + printed(cell);
		Optional<String> formula = formula(table, cell);
		return formula.map(f -> head + "\n\n" + f).orElse(head);
	}

	private static String printed(CellView cell) {
		String printed = cell.printed();
		return printed.isEmpty() ? "（空）" : printed;
	}

	/** 总计 = 结果维持 1 + 结果纠正 0 + … = 1 (for the total row first, then the total column). */
	static Optional<String> formula(TableView table, CellView cell) {
		TableTemplate template = table.template();
		if (template.totalRow().filter(cell.row()::equals).isPresent()) {
			return Optional.of(sum(cell.row().fullLabel(), template.totalRowTerms().stream()
					.map(r -> new Term(r.label(), table.value(cell.column(), r))).toList(), cell));
		}
		if (template.totalColumn().filter(cell.column()::equals).isPresent()) {
			return Optional.of(sum(cell.column().fullLabel(), template.columns().stream()
					.filter(c -> !c.equals(cell.column()) && template.hasCell(c, cell.row()))
					.map(c -> new Term(c.label(), table.value(c, cell.row()))).toList(), cell));
		}
		return Optional.empty();
	}

	private record Term(String label, BigDecimal value) {
		Term {
			value = value == null ? BigDecimal.ZERO : value;
		}
	}

	private static String sum(String name, List<Term> terms, CellView cell) {
		BigDecimal total = terms.stream().map(Term::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		String formula = name + " = " + terms.stream().map(t -> t.label() + " " + plain(t.value())).collect(Collectors.joining(" + "))
				+ " = " + plain(total);
		if (cell.value() != null && cell.value().compareTo(total) != 0) {
			formula += "（写的是 " + printed(cell) + "）";
		}
		return formula;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static Optional<String> caption(TableTemplate table, Item column) {
		return table.blocks().stream().filter(b -> b.columns().contains(column)).map(Block::caption)
				.filter(c -> c != null && !c.isEmpty()).findFirst();
	}

	private Optional<PartTemplate> part(Column column) {
		Section section = EcoreUtil2.getContainerOfType(column, Section.class);
		if (section == null) {
			return Optional.empty();
		}
		return view.format().part(section.getPart().getLiteral()).filter(p -> p.table() != null);
	}
}
