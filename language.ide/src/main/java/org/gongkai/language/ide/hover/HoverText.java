package org.gongkai.language.ide.hover;

/** A hover's text (Markdown) and the region of the document it describes. */
public record HoverText(String markdown, int offset, int length) {

	/** The text without Markdown's emphasis, for hovers that show plain text (the Eclipse editor). */
	public String plainText() {
		return markdown.replace("**", "");
	}
}
