package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.importer.PublishedDocument.Cell;
import org.gongkai.importer.PublishedDocument.Table;

/**
 * A table's grid filled cell by cell: a cell spanning rows or columns leaves its text in its top-left position and
 * {@link Cell#COVERED} in the others; positions no cell reached come out empty, so every row is as wide as the widest.
 */
final class GridBuilder {

	private final List<List<Cell>> rows = new ArrayList<>();

	/** The first position of {@code row}, from {@code column} on, that no cell holds yet. */
	int nextFree(int row, int column) {
		List<Cell> line = row(row);
		while (column < line.size() && line.get(column) != null) {
			column++;
		}
		return column;
	}

	/** Places a cell; a position already held (overlapping spans in a malformed table) keeps what it had. */
	void place(int row, int column, int rowSpan, int colSpan, String text) {
		for (int r = row; r < row + rowSpan; r++) {
			List<Cell> line = row(r);
			for (int c = column; c < column + colSpan; c++) {
				while (line.size() <= c) {
					line.add(null);
				}
				if (line.get(c) == null) {
					line.set(c, r == row && c == column ? Cell.of(text) : Cell.COVERED);
				}
			}
		}
	}

	/** Marks positions as covered by a merged cell that began elsewhere (DOCX's vMerge or hMerge continuation). */
	void cover(int row, int column, int colSpan) {
		List<Cell> line = row(row);
		for (int c = column; c < column + colSpan; c++) {
			while (line.size() <= c) {
				line.add(null);
			}
			if (line.get(c) == null) {
				line.set(c, Cell.COVERED);
			}
		}
	}

	int rowCount() {
		return rows.size();
	}

	Table table() {
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		List<List<Cell>> grid = new ArrayList<>();
		for (List<Cell> line : rows) {
			List<Cell> dense = new ArrayList<>(width);
			for (int c = 0; c < width; c++) {
				Cell cell = c < line.size() ? line.get(c) : null;
				dense.add(cell == null ? Cell.of("") : cell);
			}
			grid.add(List.copyOf(dense));
		}
		return new Table(List.copyOf(grid));
	}

	private List<Cell> row(int row) {
		while (rows.size() <= row) {
			rows.add(new ArrayList<>());
		}
		return rows.get(row);
	}
}
