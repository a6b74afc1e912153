package org.gongkai.language.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.report.ReportView;

/**
 * The report's {@code website}, where a document may link it: only an http(s) address is ever a link, so a
 * {@code javascript:} or {@code data:} address stays plain text. A paragraph is cut into pieces around the places
 * that print the address, for each format to escape and link in its own way.
 */
public final class WebLink {

	/** A run of a paragraph's text; {@code link} when it is the website itself. */
	public record Piece(String text, boolean link) {
	}

	private final String site;

	private WebLink(String site) {
		this.site = site;
	}

	/** The report's website, when it is an address that may be linked. */
	public static WebLink of(ReportView view) {
		return new WebLink(view.headerText(HeaderKey.WEBSITE).map(String::strip).filter(WebLink::isWebAddress).orElse(null));
	}

	/** http:// or https:// followed by an address without spaces or line breaks. */
	public static boolean isWebAddress(String address) {
		String lower = address.toLowerCase(Locale.ROOT);
		return (lower.startsWith("http://") || lower.startsWith("https://")) && address.length() > lower.indexOf("//") + 2
				&& address.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
	}

	public Optional<String> site() {
		return Optional.ofNullable(site);
	}

	/** The paragraph in pieces; a place is the website only when no further address character follows it. */
	public List<Piece> pieces(String paragraph) {
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		int found = site == null ? -1 : paragraph.indexOf(site);
		while (found >= 0) {
			int end = found + site.length();
			if (end == paragraph.length() || !continuesAddress(paragraph.charAt(end))) {
				add(pieces, paragraph.substring(at, found), false);
				add(pieces, site, true);
				at = end;
			}
			found = paragraph.indexOf(site, end);
		}
		add(pieces, paragraph.substring(at), false);
		return pieces;
	}

	private static boolean continuesAddress(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || "-._~/?#[]@!$&'*+,;=%:".indexOf(c) >= 0);
	}

	private static void add(List<Piece> pieces, String text, boolean link) {
		if (!text.isEmpty()) {
			pieces.add(new Piece(text, link));
		}
	}
}
