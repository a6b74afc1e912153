package org.gongkai.language.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a {@link TableTemplate} numbered once: each pair of column and row keywords its blocks name gets a slot,
 * in the order a report's view fills them (block by block, column by column, row by row). What a view of every report
 * would otherwise work out again for each cell (a path string and its hash, the records of the template compared field
 * by field) is worked out here once per template.
 */
public final class TableCells {

	/** One block: the slot of each of its cells ({@code [column][row]}), which of them are totals, its terms of the total row. */
	public record BlockCells(Block block, int[][] slots, boolean[][] totals, List<Item> totalRowTerms) {
	}

	private final Map<String, Map<String, Integer>> slots = new HashMap<>();
	private final List<BlockCells> blocks = new ArrayList<>();
	private int count;

	TableCells(TableTemplate template) {
		for (Block block : template.blocks()) {
			int[][] blockSlots = new int[block.columns().size()][block.rows().size()];
			boolean[][] totals = new boolean[block.columns().size()][block.rows().size()];
			for (int c = 0; c < block.columns().size(); c++) {
				Item column = block.columns().get(c);
				Map<String, Integer> rows = slots.computeIfAbsent(column.keyword(), k -> new HashMap<>());
				for (int r = 0; r < block.rows().size(); r++) {
					Item row = block.rows().get(r);
					blockSlots[c][r] = rows.computeIfAbsent(row.keyword(), k -> count++);
					totals[c][r] = template.isTotal(column, row);
				}
			}
			blocks.add(new BlockCells(block, blockSlots, totals,
					template.totalRowTerms().stream().filter(block.rows()::contains).toList()));
		}
	}

	/** How many slots: the distinct cells of the table. */
	public int count() {
		return count;
	}

	/** The slot of the cell at these keywords, or −1 when no block of the table has it. */
	public int slot(String column, String row) {
		Map<String, Integer> rows = slots.get(column);
		Integer slot = rows == null ? null : rows.get(row);
		return slot == null ? -1 : slot;
	}

	/** The blocks of the template, in order, with their cells' slots. */
	public List<BlockCells> blocks() {
		return blocks;
	}
}
