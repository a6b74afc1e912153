package org.gongkai.language.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of a text (LANGUAGE.md §1, §4): a line break and the indentation around it vanish, a blank line starts a
 * new paragraph, the ends are trimmed; {@code ${path}} is a reference and {@code $${} a literal "${".
 */
public final class Texts {

	/** The references in a text, in order. Works on a string value and on its source text alike. */
	public static List<TextReference> references(String text) {
		List<TextReference> result = new ArrayList<>();
		// the next '}' and line break are searched again only once passed: searching from each "${" was quadratic
		int close = -2;
		int newline = -2;
		int i = 0;
		while ((i = text.indexOf("${", i)) >= 0) {
			if (i > 0 && text.charAt(i - 1) == '$') {
				i += 2;
				continue;
			}
			if (close != -1 && close < i + 2) {
				close = text.indexOf('}', i + 2);
			}
			if (newline != -1 && newline < i) {
				newline = text.indexOf('\n', i);
			}
			int stop = close < 0 ? text.length() : close;
			boolean closed = close >= 0 && (newline < 0 || newline > close);
			int end = closed ? close + 1 : (newline < 0 ? stop : newline);
			result.add(new TextReference(i, end, text.substring(i + 2, closed ? close : end).strip(), closed));
			i = end;
		}
		return result;
	}

	/** The paragraphs of a text with every reference replaced; a reference that names nothing stays as written. */
	public static List<String> paragraphs(String text, Function<String, Optional<String>> resolver) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (TextReference ref : references(text)) {
			out.append(text, at, ref.start());
			out.append(ref.closed() ? resolver.apply(ref.path()).orElse(text.substring(ref.start(), ref.end()))
					: text.substring(ref.start(), ref.end()));
			at = ref.end();
		}
		out.append(text.substring(at));
		return split(out.toString().replace("$${", "${"));
	}

	static List<String> split(String text) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		// line by line as a split at "\r?\n" gives them, each stripped, without a string made for each line
		int start = 0;
		while (start <= text.length()) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 ? text.length() : newline;
			int lineEnd = newline > start && text.charAt(newline - 1) == '\r' ? end - 1 : end;
			int first = start;
			while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
				first++;
			}
			int last = lineEnd;
			while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
				last--;
			}
			if (first == last) {
				flush(current, paragraphs);
			} else {
				current.append(text, first, last);
			}
			start = end + 1;
		}
		flush(current, paragraphs);
		return paragraphs;
	}

	private static void flush(StringBuilder current, List<String> paragraphs) {
		if (current.length() > 0) {
			paragraphs.add(current.toString());
			current.setLength(0);
		}
	}

	private Texts() {
	}
}
