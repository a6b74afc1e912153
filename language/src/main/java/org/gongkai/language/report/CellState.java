package org.gongkai.language.report;

/** Where a cell's value comes from. */
public enum CellState {
	/** The writer wrote a number. */
	WRITTEN,
	/** The writer wrote {@code -}: counted as 0, printed empty. */
	BLANK,
	/** A total the writer left out, computed from the cells it sums. */
	COMPUTED,
	/** A cell the writer left out: 0. */
	DEFAULT;

	public boolean isWritten() {
		return this == WRITTEN || this == BLANK;
	}
}
