package org.gongkai.language.tally;

/**
 * What is wrong with one row of a register (its row number as the spreadsheet shows it) and what to write instead; row
 * 0 for what is wrong beyond a row (no year to count, a report that does not parse).
 */
public record TallyProblem(int row, String message) {

	@Override
	public String toString() {
		return row > 0 ? "第 " + row + " 行：" + message : message;
	}
}
