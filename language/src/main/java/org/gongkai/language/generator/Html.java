package org.gongkai.language.generator;

import java.util.stream.Collectors;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * Text into HTML: every report text goes through Guava's escaper ({@code & < > " '}), in content and attributes alike,
 * on one line (the md format puts these tables in an HTML block, which a blank line would end) and with only
 * characters XML allows.
 */
public final class Html {

	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	public static String escape(String text) {
		return ESCAPER.escape(XmlChars.clean(OneLine.of(text)));
	}

	/** A paragraph, escaped, with the report's website linked where it is printed (only an http(s) address). */
	public static String paragraph(String text, WebLink website) {
		return website.pieces(text).stream().map(piece -> piece.link() ? link(piece.text()) : escape(piece.text()))
				.collect(Collectors.joining());
	}

	private static String link(String address) {
		return "<a href=\"" + escape(address) + "\">" + escape(address) + "</a>";
	}

	private Html() {
	}
}
