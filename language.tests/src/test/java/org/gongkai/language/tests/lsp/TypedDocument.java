package org.gongkai.language.tests.lsp;

import java.util.List;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;

/** A document open in the server, edited as an editor edits it: incremental changes, positions in UTF-16 units. */
final class TypedDocument {

	final String uri;
	private final TextDocumentService documents;
	private String text;
	private int version = 1;

	private TypedDocument(TextDocumentService documents, String uri, String text) {
		this.documents = documents;
		this.uri = uri;
		this.text = text;
	}

	static TypedDocument open(TextDocumentService documents, String uri, String text) {
		documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gongkai", 1, text)));
		return new TypedDocument(documents, uri, text);
	}

	String text() {
		return text;
	}

	/** Replaces {@code length} characters at {@code offset} by {@code inserted}. */
	void replace(int offset, int length, String inserted) {
		Range range = new Range(position(offset), position(offset + length));
		text = text.substring(0, offset) + inserted + text.substring(offset + length);
		documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
				List.of(new TextDocumentContentChangeEvent(range, inserted))));
	}

	void close() {
		documents.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	/**
	 * The LSP position of {@code offset}. Lines end at \n: Xtext's document counts lines so (a lone \r, which LSP 3.17
	 * also counts, stays inside its line; VS Code and Monaco normalise line ends before they send a text).
	 */
	Position position(int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}
}
