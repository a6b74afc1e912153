package org.gongkai.language.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableCells;
import org.gongkai.language.template.TableTemplate;

/** Every cell of one table for the report's format: written, blank, computed or defaulted. */
public final class TableView {

	private final TableTemplate template;
	private final Section section;
	/** The cells by their slot in the template ({@link TableCells}); the slots in the order first filled. */
	private final CellView[] slots;
	private final int[] order;
	private int filled;
	private List<CellView> cells;
	private final Map<String, List<Column>> columns;
	private final boolean complete;

	TableView(TableTemplate template, Section section, Map<String, List<Column>> columns, boolean complete) {
		this.template = template;
		this.section = section;
		this.columns = columns;
		this.complete = complete;
		slots = new CellView[template.cells().count()];
		order = new int[slots.length];
	}

	/** The cell at its slot; a cell put again keeps its place in {@link #cells()}. */
	void put(int slot, CellView cell) {
		if (slots[slot] == null) {
			order[filled++] = slot;
		}
		slots[slot] = cell;
		cells = null;
	}

	void put(CellView cell) {
		put(template.cells().slot(cell.column().keyword(), cell.row().keyword()), cell);
	}

	CellView at(int slot) {
		return slots[slot];
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

	/** In the order the view was filled: the template's cells block by block, then the computed totals. */
	public Collection<CellView> cells() {
		if (cells == null) {
			List<CellView> list = new ArrayList<>(filled);
			for (int i = 0; i < filled; i++) {
				list.add(slots[order[i]]);
			}
			cells = Collections.unmodifiableList(list);
		}
		return cells;
	}

	public CellView cell(Item column, Item row) {
		return cell(column.keyword(), row.keyword()).orElseThrow();
	}

	public Optional<CellView> cell(String column, String row) {
		int slot = template.cells().slot(column, row);
		return slot < 0 ? Optional.empty() : Optional.ofNullable(slots[slot]);
	}

	public BigDecimal value(Item column, Item row) {
		return cell(column, row).value();
	}

	/** The columns written under this keyword, in the order written. */
	public List<Column> written(Item column) {
		return columns.getOrDefault(column.keyword(), List.of());
	}
}
