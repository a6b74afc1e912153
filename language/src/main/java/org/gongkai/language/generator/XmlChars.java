package org.gongkai.language.generator;

/**
 * Characters XML 1.0 does not allow (NUL and the other C0 controls but tab, line feed and carriage return; U+FFFE,
 * U+FFFF; a surrogate without its pair) replaced by U+FFFD, so that no document is ever ill-formed whatever text it
 * is given: Word refuses such a DOCX, and a browser's parser changes such HTML. The validator rejects these
 * characters ({@code text.character}); this is the writers' own defence. Hand-written: Guava's XML escaper leaves
 * lone surrogates and also escapes markup, which POI escapes itself.
 */
public final class XmlChars {

	public static final char REPLACEMENT = '\uFFFD';

	/** Whether a code point is a character of XML 1.0 (its production Char). */
	public static boolean allowed(int c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	/** The text with every character XML does not allow replaced; the same string when there is none. */
	public static String clean(String text) {
		int first = firstDisallowed(text);
		if (first < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length();) {
			int c = text.codePointAt(i);
			if (allowed(c)) {
				out.appendCodePoint(c);
			} else {
				out.append(REPLACEMENT);
			}
			i += Character.charCount(c);
		}
		return out.toString();
	}

	/** The index of the first character XML does not allow, or -1. */
	public static int firstDisallowed(String text) {
		for (int i = 0; i < text.length();) {
			char unit = text.charAt(i);
			// the common case, read a char at a time: most of a report's text is in this range
			if (unit >= 0x20 && unit < 0xD800) {
				i++;
				continue;
			}
			int c = text.codePointAt(i);
			if (!allowed(c)) {
				return i;
			}
			i += Character.charCount(c);
		}
		return -1;
	}

	private XmlChars() {
	}
}
