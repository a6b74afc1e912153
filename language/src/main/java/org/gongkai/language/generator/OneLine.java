package org.gongkai.language.generator;

import java.util.regex.Pattern;

/**
 * A text printed where a line break would start a new block (a Markdown heading, a table cell inside Markdown's HTML
 * block, the title): each line break, with the spaces around it, becomes one space. CR alone, LF and CRLF are line
 * breaks to CommonMark and HTML alike; so are U+2028 and U+2029 to some readers.
 */
public final class OneLine {

	private static final Pattern BREAK = Pattern.compile("[\\h]*[\\r\\n\\u2028\\u2029][\\s\\u2028\\u2029]*");

	public static String of(String text) {
		return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0
				? text : BREAK.matcher(text).replaceAll(" ");
	}

	private OneLine() {
	}
}
