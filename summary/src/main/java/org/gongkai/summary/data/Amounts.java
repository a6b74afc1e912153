package org.gongkai.summary.data;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are kept as whole millionths of 万元 (a 分 is 100 of them): the finest amount a report may write (six
 * decimals in 万元, two in 元) is exact, reports in 元 and in 万元 add up, and a sum stays a long.
 */
public final class Amounts {

	private static final int SCALE = 6;

	private Amounts() {
	}

	/** A cell's value (in its table's unit, 万元 for amounts) as stored. */
	public static long stored(BigDecimal value, boolean amount) {
		BigDecimal scaled = amount ? value.movePointRight(SCALE) : value;
		try {
			return scaled.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
		} catch (ArithmeticException e) {
			return scaled.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
		}
	}

	/** The stored value as the number it is, in the table's unit: 12, 3.5 (万元). */
	public static BigDecimal value(long stored, boolean amount) {
		return amount ? BigDecimal.valueOf(stored, SCALE).stripTrailingZeros() : BigDecimal.valueOf(stored);
	}

	/** The stored value as a spreadsheet's number, in the table's unit. */
	public static double number(long stored, boolean amount) {
		return amount ? stored / 1e6 : stored;
	}

	/** The stored value as printed: no exponent, no trailing zeros. */
	public static String printed(long stored, boolean amount) {
		return amount ? value(stored, true).toPlainString() : Long.toString(stored);
	}
}
