package org.gongkai.language.tally;

import java.util.List;

/** Receives a sheet's rows in order: the row number as the spreadsheet shows it and the cells' texts by column. */
@FunctionalInterface
interface RowSink {
	void row(int number, List<String> cells);
}
