package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Documents as they are while being typed: the parser recovers a partial tree (a cell keyword without its number, a
 * topic without its text, a date half typed), and every service builds its view of the report from it.
 */
class IncompleteDocumentsLspTest extends LspTest {

	private static final String CELL_WITHOUT_NUMBER = "report \"a\" { organ \"x\" year 2022 section active < normative: made";
	private static final String TOPIC_WITHOUT_TEXT = "report \"a\" { organ \"x\" year 2022 section overview { active } }";
	private static final String DATE_HALF_TYPED = "report \"a\" {\n  organ \"x\"\n  year 2022\n  // 成文日期\n  issued 2024年\n}\n";

	@Test
	void aCellKeywordBeforeItsNumber() throws Exception {
		String uri = openFile("cell.gongkai", CELL_WITHOUT_NUMBER);
		assertEquals("a: 二、主动公开政府信息情况\n二、主动公开政府信息情况: 行政规范性文件\n行政规范性文件: ", outline(uri));
		hover(uri, new Position(0, CELL_WITHOUT_NUMBER.indexOf("made")));
		semanticTokens(uri);
	}

	@Test
	void aTopicWithoutItsText() throws Exception {
		String uri = openFile("topic.gongkai", TOPIC_WITHOUT_TEXT);
		outline(uri);
		hover(uri, new Position(0, TOPIC_WITHOUT_TEXT.indexOf("active")));
		semanticTokens(uri);
		codeActions(uri);
	}

	/** A text that does not parse is not formatted: nothing the writer typed moves. */
	@Test
	void formattingWhileADateIsHalfTyped() throws Exception {
		String uri = openFile("date.gongkai", DATE_HALF_TYPED);
		var edits = languageServer.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))).get();
		assertEquals("[]", edits.toString());
	}

	private String outline(String uri) throws InterruptedException, ExecutionException {
		return languageServer.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get().stream()
				.map(symbol -> symbol.getRight().getName() + ": " + symbol.getRight().getChildren().stream()
						.map(child -> child.getName()).collect(Collectors.joining(", ")))
				.collect(Collectors.joining("\n"));
	}

	private void hover(String uri, Position position) throws InterruptedException, ExecutionException {
		languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri), position)).get();
	}

	private void semanticTokens(String uri) throws InterruptedException, ExecutionException {
		languageServer.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
	}

	private void codeActions(String uri) throws InterruptedException, ExecutionException {
		var diagnostics = getDiagnostics().get(uri);
		languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(0, 0)),
				new CodeActionContext(diagnostics))).get();
	}
}
