package org.gongkai.language.report;

import java.math.BigDecimal;

import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.template.Item;

/**
 * One cell of a table as the report means it: its column and row in the template, its value (amounts in 万元),
 * where the value comes from, the text as written (null unless written) and the syntax element, if any.
 */
public record CellView(Item column, Item row, BigDecimal value, CellState state, String written, String note, Cell source) {

	public String path() {
		return column.keyword() + "." + row.keyword();
	}

	/** The value as the report prints it: as written, or the plain number; "" for a blank. */
	public String printed() {
		if (state == CellState.BLANK) {
			return "";
		}
		return written != null ? written : value.stripTrailingZeros().toPlainString();
	}
}
