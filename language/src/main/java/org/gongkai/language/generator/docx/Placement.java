package org.gongkai.language.generator.docx;

import java.util.List;

import org.gongkai.language.generator.Grid;
import org.gongkai.language.generator.GridCell;

/**
 * Where each cell of a {@link Grid} sits: a grid row lists only the cells that start in it, so each is placed in
 * the first column not yet covered by a cell from above or to its left.
 */
final class Placement {

	/** A cell and the row and column it starts in. */
	public record Placed(GridCell cell, int row, int column) {

		public boolean startsAt(int r, int c) {
			return row == r && column == c;
		}
	}

	/** The cell covering each place of the grid, [row][column]. */
	public static Placed[][] of(Grid grid) {
		List<List<GridCell>> rows = grid.rows();
		Placed[][] places = new Placed[rows.size()][grid.width()];
		for (int r = 0; r < rows.size(); r++) {
			int c = 0;
			for (GridCell cell : rows.get(r)) {
				while (places[r][c] != null) {
					c++;
				}
				Placed placed = new Placed(cell, r, c);
				for (int dr = 0; dr < cell.rowSpan(); dr++) {
					for (int dc = 0; dc < cell.colSpan(); dc++) {
						places[r + dr][c + dc] = placed;
					}
				}
				c += cell.colSpan();
			}
		}
		return places;
	}

	private Placement() {
	}
}
