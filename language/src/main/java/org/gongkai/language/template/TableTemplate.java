package org.gongkai.language.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the three statistical tables. Totals: the cells of {@code totalColumn} sum the other columns row by row;
 * the cells of {@code totalRow} sum {@code totalRowTerms}. Either may be null when the table has none. {@code balances}
 * tie rows together in every column.
 */
public final class TableTemplate {

	private final TableLayout layout;
	private final String corner;
	private final List<Block> blocks;
	private final Item totalColumn;
	private final Item totalRow;
	private final List<Item> totalRowTerms;
	private final List<Balance> balances;
	private final Map<String, Item> columns = new LinkedHashMap<>();
	private final Map<String, Item> rows = new LinkedHashMap<>();
	private final TableCells cells;

	public TableTemplate(TableLayout layout, String corner, List<Block> blocks, String totalColumn, String totalRow,
			List<String> totalRowTerms) {
		this(layout, corner, blocks, totalColumn, totalRow, totalRowTerms, List.of());
	}

	public TableTemplate(TableLayout layout, String corner, List<Block> blocks, String totalColumn, String totalRow,
			List<String> totalRowTerms, List<Balance> balances) {
		this.balances = List.copyOf(balances);
		this.layout = layout;
		this.corner = corner;
		this.blocks = List.copyOf(blocks);
		for (Block block : blocks) {
			block.columns().forEach(c -> columns.putIfAbsent(c.keyword(), c));
			block.rows().forEach(r -> rows.putIfAbsent(r.keyword(), r));
		}
		this.totalColumn = totalColumn == null ? null : columns.get(totalColumn);
		this.totalRow = totalRow == null ? null : rows.get(totalRow);
		this.totalRowTerms = totalRowTerms.stream().map(rows::get).toList();
		this.cells = new TableCells(this);
	}

	public TableLayout layout() {
		return layout;
	}

	/** Text of the top-left cell, or "". */
	public String corner() {
		return corner;
	}

	public List<Block> blocks() {
		return blocks;
	}

	public List<Item> columns() {
		return List.copyOf(columns.values());
	}

	public List<Item> rows() {
		return List.copyOf(rows.values());
	}

	public Optional<Item> column(String keyword) {
		return Optional.ofNullable(columns.get(keyword));
	}

	public Optional<Item> row(String keyword) {
		return Optional.ofNullable(rows.get(keyword));
	}

	/** The rows a column has (for the column's own block). */
	public List<Item> rowsOf(Item column) {
		return blocks.stream().filter(b -> b.columns().contains(column)).findFirst().map(Block::rows).orElse(List.of());
	}

	public boolean hasCell(Item column, Item row) {
		return rowsOf(column).stream().anyMatch(r -> r.keyword().equals(row.keyword()));
	}

	/** The table's cells numbered once, for views of reports. */
	public TableCells cells() {
		return cells;
	}

	public Optional<Item> totalColumn() {
		return Optional.ofNullable(totalColumn);
	}

	public Optional<Item> totalRow() {
		return Optional.ofNullable(totalRow);
	}

	public List<Item> totalRowTerms() {
		return totalRowTerms;
	}

	/** The balances between rows the template declares, each in every column. */
	public List<Balance> balances() {
		return balances;
	}

	/** The column a writer named by any of its spellings (keyword, alias, label). */
	public Optional<Item> columnSpelled(String spelling) {
		return columns.values().stream().filter(c -> isSpelling(c, spelling)).findFirst();
	}

	public Optional<Item> rowSpelled(String spelling) {
		return rows.values().stream().filter(r -> isSpelling(r, spelling)).findFirst();
	}

	static boolean isSpelling(Item item, String spelling) {
		return item.term().spellings().anyMatch(spelling::equals) || item.label().equals(spelling)
				|| item.fullLabel().equals(spelling);
	}

	public boolean isTotal(Item column, Item row) {
		return column.equals(totalColumn) || row.equals(totalRow);
	}
}
