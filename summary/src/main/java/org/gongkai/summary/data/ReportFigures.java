package org.gongkai.summary.data;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.BitSet;

import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.ReportScope;

/**
 * What the summary keeps of one report: its header facts and the value of every cell of its format's tables
 * ({@link CellIndex}; amounts as {@link Amounts}). {@code blank}: cells written {@code -} (counted as 0, but not
 * reported); {@code written}: cells the report wrote (a number or {@code -}), the others being computed totals or 0.
 *
 * @param file the report's file as given
 * @param organ "" when the report names none
 * @param year 0 when the report has none
 * @param issued null when the report has no date
 * @param deadline the day of the next year it is due, null when none applies
 * @param lines for a {@code scope area} report only, the line of each written cell (0 when not written), else null
 */
public record ReportFigures(String file, String organ, int year, OrganLevel level, ReportFormat format, ReportScope scope,
		LocalDate issued, MonthDay deadline, long[] values, BitSet blank, BitSet written, int[] lines, boolean published) {

	public CellIndex cells() {
		return CellIndex.of(format);
	}

	public long value(Cell cell) {
		return values[cell.slot()];
	}

	public boolean isBlank(Cell cell) {
		return blank.get(cell.slot());
	}

	public boolean isWritten(Cell cell) {
		return written.get(cell.slot());
	}

	/** Published after its deadline; false when it has no date or no deadline. */
	public boolean isLate() {
		return issued != null && deadline != null && year > 0 && issued.isAfter(deadline.atYear(year + 1));
	}

	public boolean isArea() {
		return scope.equals(ReportScope.AREA);
	}
}
