package org.gongkai.language.tests.generator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.language.generator.Grid;
import org.gongkai.language.generator.GridCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table read back the way a reader shows it, in the terms of a {@link Grid}: per row the cells that start in
 * it, each with its text and spans. Columns come from the gridSpans; a cell whose vMerge continues adds a row to the
 * cell above it in the same column.
 */
final class DocxTables {

	/** One printed cell as read: what {@link #of(Grid)} gives for a grid cell. */
	record Printed(String text, int rowSpan, int colSpan) {

		@Override
		public String toString() {
			return "「" + text + "」" + rowSpan + "×" + colSpan;
		}
	}

	/** A mutable row span while reading. */
	private static final class Open {
		final String text;
		final int colSpan;
		int rowSpan = 1;

		Open(String text, int colSpan) {
			this.text = text;
			this.colSpan = colSpan;
		}
	}

	static List<List<Printed>> read(XWPFTable table, int width) {
		List<List<Open>> rows = new ArrayList<>();
		Open[] above = new Open[width];
		for (XWPFTableRow row : table.getRows()) {
			List<Open> starting = new ArrayList<>();
			int column = 0;
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				int span = properties != null && properties.getGridSpan() != null
						? ((BigInteger) properties.getGridSpan().getVal()).intValue() : 1;
				boolean continues = properties != null && properties.getVMerge() != null
						&& (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
				if (continues) {
					if (above[column] == null || above[column].colSpan != span) {
						throw new AssertionError("a continuing vMerge without a cell of span " + span + " above, column " + column);
					}
					above[column].rowSpan++;
				} else {
					Open open = new Open(cell.getText(), span);
					starting.add(open);
					above[column] = open;
				}
				column += span;
			}
			if (column != width) {
				throw new AssertionError("a row " + column + " columns wide, not " + width + ": " + row.getCtRow());
			}
			rows.add(starting);
		}
		return rows.stream().map(r -> r.stream().map(o -> new Printed(o.text, o.rowSpan, o.colSpan)).toList()).toList();
	}

	static List<List<Printed>> of(Grid grid) {
		return grid.rows().stream().map(r -> r.stream().map(DocxTables::printed).toList()).toList();
	}

	private static Printed printed(GridCell cell) {
		return new Printed(cell.text(), cell.rowSpan(), cell.colSpan());
	}

	private DocxTables() {
	}
}
