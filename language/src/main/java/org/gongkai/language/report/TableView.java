package org.gongkai.language.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;

/** Every cell of one table for the report's format: written, blank, computed or defaulted. */
public final class TableView {

	private final TableTemplate template;
	private final Section section;
	private final Map<String, CellView> cells = new LinkedHashMap<>();
	private final Map<String, List<Column>> columns;
	private final boolean complete;

	TableView(TableTemplate template, Section section, Map<String, List<Column>> columns, boolean complete) {
		this.template = template;
		this.section = section;
		this.columns = columns;
		this.complete = complete;
	}

	void put(CellView cell) {
		cells.put(cell.path(), cell);
	}

	/**
	 * False while a cell's keyword is written without its number (the text is being typed): the table's arithmetic is
	 * then not checked, since the missing number is not 0.
	 */
	public boolean isComplete() {
		return complete;
	}

	public TableTemplate template() {
		return template;
	}

	/** The section that writes this table; null when the part is missing (every cell then 0). */
	public Section section() {
		return section;
	}

	public Collection<CellView> cells() {
		return cells.values();
	}

	public CellView cell(Item column, Item row) {
		return cell(column.keyword(), row.keyword()).orElseThrow();
	}

	public Optional<CellView> cell(String column, String row) {
		return Optional.ofNullable(cells.get(column + "." + row));
	}

	public BigDecimal value(Item column, Item row) {
		return cell(column, row).value();
	}

	/** The columns written under this keyword, in the order written. */
	public List<Column> written(Item column) {
		return columns.getOrDefault(column.keyword(), List.of());
	}
}
