package org.gongkai.language.ide.quickfix;

/** A change to a report's text: the {@code length} characters at {@code offset} become {@code replacement}. */
public record TextEdit(int offset, int length, String replacement) {

	public static TextEdit insert(int offset, String text) {
		return new TextEdit(offset, 0, text);
	}

	public static TextEdit delete(int offset, int endOffset) {
		return new TextEdit(offset, endOffset - offset, "");
	}

	public int endOffset() {
		return offset + length;
	}
}
