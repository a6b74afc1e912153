package org.gongkai.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.language.report.CellValues;

/**
 * A number as a table prints it: signed ({@code +15}), with its unit ({@code 150万元}) and a note in brackets
 * ({@code 135（公共服务事项）}). {@code written} is the number as the language writes it, unit included.
 */
record Value(String written, String note) {

	/** A cell printed empty: written {@code -}. */
	static final Value BLANK = new Value("-", null);

	private static final Pattern PRINTED = Pattern.compile("([+\\-]?\\d+(?:\\.\\d+)?)(" + CellValues.WAN_YUAN + "|" + CellValues.YUAN
			+ ")?(?:[(（]([^()（）]+)[)）])?");

	static Optional<Value> parse(CharSequence printed) {
		if (printed.length() > 80) {
			return Optional.empty();
		}
		String text = Normal.unspaced(printed.toString());
		String number = Normalizer.normalize(text, Normalizer.Form.NFKC);
		Matcher matcher = PRINTED.matcher(number);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String unit = matcher.group(2) == null ? "" : matcher.group(2);
		String note = null;
		if (matcher.group(3) != null) {
			int open = Math.max(text.indexOf('（'), text.indexOf('('));
			note = text.substring(open + 1, text.length() - 1);
		}
		return Optional.of(new Value(matcher.group(1) + unit, note));
	}

	/** The value in the number's own unit, for the template's arithmetic. */
	BigDecimal number() {
		return new BigDecimal(written.replace(CellValues.WAN_YUAN, "").replace(CellValues.YUAN, "").replace("+", ""));
	}
}
