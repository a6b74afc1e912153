package org.gongkai.language.formatting2;

/**
 * How many columns a text takes in a monospaced editor: Chinese characters and full-width punctuation take two.
 * Aligning on String.length() would misalign every table written with Chinese keywords.
 */
public final class DisplayWidth {

	public static int of(String text) {
		return text.codePoints().map(DisplayWidth::width).sum();
	}

	private static int width(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		boolean wide = script == Character.UnicodeScript.HAN
				|| codePoint >= 0x3000 && codePoint <= 0x303F
				|| codePoint >= 0xFF00 && codePoint <= 0xFF60
				|| codePoint >= 0xFFE0 && codePoint <= 0xFFE6;
		return wide ? 2 : 1;
	}

	private DisplayWidth() {
	}
}
