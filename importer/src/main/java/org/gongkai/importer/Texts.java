package org.gongkai.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as the readers hand it on: non-breaking spaces as spaces, runs of white space as one space, none between two
 * Chinese characters (source line breaks, letter-spacing and {@code &nbsp;} runs split Chinese labels, which have no
 * spaces of their own), none at either end.
 */
final class Texts {

	/** A page's number printed in its footer (—3—, - 3 -, 第3页, 3/10): no part of the report's text or tables. */
	static final Pattern PAGE_NUMBER = Pattern.compile(
			"[\\s\\f]*(?:[-—–－―~]+ ?\\d+ ?[-—–－―~]+|第 ?\\d+ ?页( ?[,，]? ?共 ?\\d+ ?页)?|\\d+ ?[/／] ?\\d+)\\s*");

	static boolean isPageNumber(String line) {
		return line.length() <= 24 && PAGE_NUMBER.matcher(line).matches();
	}

	private Texts() {
	}

	static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (isSpace(c)) {
				pendingSpace = out.length() > 0;
				continue;
			}
			if (pendingSpace && !(isCjk(out.codePointBefore(out.length())) && isCjk(c))) {
				out.append(' ');
			}
			pendingSpace = false;
			out.appendCodePoint(c);
		}
		return out.toString();
	}

	/** Lines of one paragraph or cell as one text: a space between them unless both sides are Chinese. */
	static String joinLines(List<String> lines) {
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			if (line.isEmpty()) {
				continue;
			}
			if (out.length() > 0 && !(isCjk(out.codePointBefore(out.length())) && isCjk(line.codePointAt(0)))) {
				out.append(' ');
			}
			out.append(line);
		}
		return out.toString();
	}

	static boolean isSpace(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
	}

	/** Chinese characters and the full-width punctuation set among them (、，。（）“” and the like). */
	static boolean isCjk(int c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		if (script == Character.UnicodeScript.HAN) {
			return true;
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
		return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—');
	}
}
