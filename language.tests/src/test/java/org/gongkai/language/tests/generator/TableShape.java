package org.gongkai.language.tests.generator;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.language.generator.Grid;

/**
 * The places an HTML-style table covers, as a browser lays it out: each row lists the cells that start in it, a cell
 * takes the next free places of its row (those not held by a cell spanning down from above) and covers
 * rowSpan × colSpan of them. {@code widths} are the places each row ends up holding; an overlap or a span below the
 * last row is an error.
 */
public record TableShape(List<Integer> widths) {

	/** One cell: how many rows and columns it spans. */
	public record Span(int rows, int columns) {
	}

	public static TableShape of(Grid grid) {
		return of(grid.rows().stream().map(row -> row.stream().map(c -> new Span(c.rowSpan(), c.colSpan())).toList()).toList());
	}

	public static TableShape of(List<List<Span>> rows) {
		List<List<Boolean>> taken = new ArrayList<>();
		rows.forEach(r -> taken.add(new ArrayList<>()));
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			for (Span cell : rows.get(r)) {
				while (isTaken(taken.get(r), column)) {
					column++;
				}
				if (r + cell.rows() > rows.size()) {
					throw new AssertionError("row " + r + ": a cell spans " + cell.rows() + " rows past the table's end");
				}
				for (int dr = 0; dr < cell.rows(); dr++) {
					for (int dc = 0; dc < cell.columns(); dc++) {
						take(taken.get(r + dr), column + dc, r + dr);
					}
				}
				column += cell.columns();
			}
		}
		return new TableShape(taken.stream().map(row -> (int) row.stream().filter(b -> b).count()).toList());
	}

	public int height() {
		return widths.size();
	}

	/** The width every row has, or an error naming the rows that differ. */
	public int width() {
		if (widths.stream().distinct().count() != 1) {
			throw new AssertionError("rows of different widths: " + widths);
		}
		return widths.get(0);
	}

	private static boolean isTaken(List<Boolean> row, int column) {
		return column < row.size() && row.get(column);
	}

	private static void take(List<Boolean> row, int column, int r) {
		while (row.size() <= column) {
			row.add(false);
		}
		if (row.get(column)) {
			throw new AssertionError("row " + r + ", column " + column + ": two cells overlap");
		}
		row.set(column, true);
	}
}
