package org.gongkai.summary.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.gongkai.language.template.Formats;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.summary.data.Cell;
import org.gongkai.summary.data.CellIndex;
import org.gongkai.summary.data.ReportFigures;

/**
 * The cell columns of the workbook: every cell of the current format, then the cells only older formats have. A report
 * fills the column whose cell means what its own cell means.
 */
final class WorkbookColumns {

	private final List<Cell> cells = new ArrayList<>();

	WorkbookColumns() {
		List<ReportFormat> newestFirst = new ArrayList<>(Formats.ALL);
		Collections.reverse(newestFirst);
		for (ReportFormat format : newestFirst) {
			for (Cell cell : CellIndex.of(format).cells()) {
				if (cells.stream().noneMatch(cell::meansTheSame)) {
					cells.add(cell);
				}
			}
		}
	}

	List<Cell> cells() {
		return cells;
	}

	/** The report's cell for a column, if its format has one that means the same. */
	static Optional<Cell> of(ReportFigures report, Cell column) {
		return report.cells().same(column);
	}

	/** The upper heading: the part's number and the column as the official table names it (三、自然人). */
	static String upper(Cell cell) {
		return cell.part().number() + cell.columnLabel();
	}

	/** The lower heading: the row with its numbering and groups; a cell of one format only says which. */
	static String lower(Cell cell) {
		boolean everyFormat = Formats.ALL.stream().allMatch(format -> CellIndex.of(format).same(cell).isPresent());
		return cell.rowLabel() + (everyFormat ? "" : "（格式 " + cell.format() + "）");
	}
}
