package org.gongkai.importer;

/**
 * One cell of a published report's tables, or one line of its text: a label, a value, a blank (a cell printed
 * empty, or printed "-" "—" "/") or a run of joined numbers. {@code line} is the paragraph it comes from (for tables
 * of a document: the table's position among the blocks), which places it in a part.
 */
record Token(Kind kind, String text, Value value, int line) {

	enum Kind {
		LABEL, VALUE, BLANK, RUN
	}

	static Token of(String text, int line) {
		String folded = Normal.folded(text);
		if (folded.isEmpty() || folded.matches("[-—–/－]")) {
			return new Token(Kind.BLANK, text.strip(), null, line);
		}
		return Value.parse(text).map(v -> new Token(Kind.VALUE, text.strip(), v, line))
				.orElseGet(() -> new Token(Kind.LABEL, text.strip(), null, line));
	}

	/** Digits a crawler joined: one cell or several ({@link PublishedDocument.Run}). */
	static Token run(String text, int line) {
		return new Token(Kind.RUN, text, null, line);
	}

	boolean isRun() {
		return kind == Kind.RUN;
	}

	boolean isLabel() {
		return kind == Kind.LABEL;
	}

	boolean isBlank() {
		return kind == Kind.BLANK;
	}
}
