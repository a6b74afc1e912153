package org.gongkai.language.generator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text into CommonMark (and GitHub's dialect), so that a report's words print as written and never as markup. No
 * library on the classpath escapes for Markdown (commonmark-java's renderer only escapes what its own parser built),
 * and the rules are short: CommonMark lets a backslash escape any ASCII punctuation, so
 * <ul>
 * <li>anywhere: {@code \ ` * _ [ ] < > & | ~ #} (emphasis, code, links, raw HTML and entities such as {@code &lt;},
 * GitHub tables and strikethrough, closing {@code #} of headings);</li>
 * <li>at the start of a line only: {@code - + =} (lists, setext underlines) and the {@code .} or {@code )} after
 * digits (ordered lists).</li>
 * </ul>
 * A line break in the text becomes a space, so a text never starts a block of its own (a list, a heading, the end of a
 * table's HTML block), and texts are trimmed, so no line starts a code block. Chinese punctuation needs nothing.
 */
public final class Markdown {

	private static final String ANYWHERE = "\\`*_[]<>&|~#";
	private static final String LINE_START = "-+=";
	private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");

	/** A text that starts a line (a paragraph, a heading's words). */
	public static String escape(String text) {
		return escape(text, true);
	}

	/** {@code lineStart}: whether the text begins a line, where list and heading markers count. */
	public static String escape(String written, boolean lineStart) {
		String text = XmlChars.clean(OneLine.of(written));
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (ANYWHERE.indexOf(c) >= 0 || (lineStart && i == 0 && LINE_START.indexOf(c) >= 0)) {
				out.append('\\');
			}
			out.append(c);
		}
		String escaped = out.toString();
		return lineStart ? ORDERED.matcher(escaped).replaceFirst("$1\\\\$2") : escaped;
	}

	/** A paragraph, escaped, with the report's website as an autolink where it is printed (only an http(s) address). */
	public static String paragraph(String text, WebLink website) {
		StringBuilder out = new StringBuilder();
		List<WebLink.Piece> pieces = website.pieces(text);
		for (WebLink.Piece piece : pieces) {
			out.append(piece.link() ? autolink(piece.text()) : escape(piece.text(), out.length() == 0));
		}
		return out.toString();
	}

	/** {@code <https://…>}: CommonMark takes an autolink's address literally, so it must hold no {@code < >}; else plain text. */
	private static String autolink(String address) {
		return address.indexOf('<') < 0 && address.indexOf('>') < 0 ? "<" + address + ">" : escape(address, false);
	}

	private Markdown() {
	}
}
