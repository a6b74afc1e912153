package org.gongkai.language.report;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads a number as a writer wrote it: 12, 3.5, +15, -18, 150万元, 73802895.90元. */
public final class CellValues {

	public static final String YUAN = "元";
	public static final String WAN_YUAN = "万元";
	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	/** The value in the table's unit (万元 for amounts); empty if the text is no number. */
	public static Optional<BigDecimal> parse(String text) {
		try {
			if (text.endsWith(WAN_YUAN)) {
				return Optional.of(new BigDecimal(strip(text, WAN_YUAN)));
			}
			if (text.endsWith(YUAN)) {
				return Optional.of(new BigDecimal(strip(text, YUAN)).divide(TEN_THOUSAND));
			}
			return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	public static String unit(String text) {
		return text.endsWith(WAN_YUAN) ? WAN_YUAN : text.endsWith(YUAN) ? YUAN : "";
	}

	/** Digits after the decimal point, as written. */
	public static int decimals(String text) {
		String number = strip(strip(text, WAN_YUAN), YUAN);
		int dot = number.indexOf('.');
		return dot < 0 ? 0 : number.length() - dot - 1;
	}

	private static String strip(String text, String suffix) {
		return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
	}

	private CellValues() {
	}
}
