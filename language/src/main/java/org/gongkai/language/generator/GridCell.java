package org.gongkai.language.generator;

import org.gongkai.language.report.CellView;

/**
 * One printed cell of an official table, with its spans. {@code value} is the report's cell behind a number
 * (null for captions, headers and labels).
 */
public record GridCell(String text, int rowSpan, int colSpan, Kind kind, CellView value) {

	public enum Kind {
		/** 第二十条第（一）项: a block's caption across the table. */
		CAPTION,
		/** A column header, or the top-left corner. */
		HEADER,
		/** A row label, or a group of row labels. */
		LABEL,
		/** A number. */
		VALUE
	}

	static GridCell header(String text, int rowSpan, int colSpan) {
		return new GridCell(text, rowSpan, colSpan, Kind.HEADER, null);
	}

	static GridCell label(String text, int rowSpan, int colSpan) {
		return new GridCell(text, rowSpan, colSpan, Kind.LABEL, null);
	}

	static GridCell value(CellView cell, int colSpan) {
		String printed = cell.printed() + (cell.note() == null ? "" : "（" + cell.note() + "）");
		return new GridCell(printed, 1, colSpan, Kind.VALUE, cell);
	}
}
