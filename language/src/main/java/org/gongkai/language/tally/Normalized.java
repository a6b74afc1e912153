package org.gongkai.language.tally;

import java.text.Normalizer;
import java.util.Locale;

/** A register's word as it is compared: full-width folded, spaces, punctuation and symbols gone (不予公开-属于国家秘密 → 不予公开属于国家秘密). */
final class Normalized {

	private Normalized() {
	}

	static String of(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** A header without what it says in brackets: 收到日期（年月日） → 收到日期. */
	static String header(String text) {
		return of(Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\([^)]*\\)|【[^】]*】|\\[[^]]*]", ""));
	}
}
