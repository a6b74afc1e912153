package org.gongkai.language.tests.lsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * What an editor asks about a document after each keystroke: outline, folding, colouring, formatting, and at the
 * cursor hover, completion, highlights and quick fixes. {@link #ask} sends them all and waits for every answer; an
 * answer that is an error (other than a cancellation) or that never comes is a failure, recorded with the document's
 * state.
 */
final class EditorRequests {

	private final TextDocumentService documents;
	private final List<String> failures = new ArrayList<>();

	EditorRequests(TextDocumentService documents) {
		this.documents = documents;
	}

	/** Asks everything about {@code uri}, at {@code cursor}, quick fixes for {@code diagnostics}; {@code state} names the document's state. */
	void ask(String uri, Position cursor, List<Diagnostic> diagnostics, String state) {
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		Map<String, CompletableFuture<?>> answers = new LinkedHashMap<>();
		answers.put("documentSymbol", documents.documentSymbol(new DocumentSymbolParams(document)));
		answers.put("foldingRange", documents.foldingRange(new FoldingRangeRequestParams(document)));
		answers.put("semanticTokens/full", documents.semanticTokensFull(new SemanticTokensParams(document)));
		answers.put("formatting", documents.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true))));
		answers.put("hover", documents.hover(new HoverParams(document, cursor)));
		answers.put("completion", documents.completion(new CompletionParams(document, cursor)));
		answers.put("documentHighlight", documents.documentHighlight(new DocumentHighlightParams(document, cursor)));
		answers.put("codeAction", documents.codeAction(new CodeActionParams(document, new Range(cursor, cursor),
				new CodeActionContext(diagnostics))));
		for (Diagnostic diagnostic : diagnostics) {
			answers.put("codeAction " + (diagnostic.getCode() == null ? "" : diagnostic.getCode().get()), documents.codeAction(new CodeActionParams(document,
					diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))));
		}
		answers.forEach((request, answer) -> check(answer, request + " at " + cursor.getLine() + ":" + cursor.getCharacter(), state));
	}

	/** A position outside the document is the client's mistake: the answer is an InvalidParams error, never silence. */
	void askOutside(String uri, Position outside) {
		try {
			documents.hover(new HoverParams(new TextDocumentIdentifier(uri), outside)).get(StdioServer.TIMEOUT, TimeUnit.SECONDS);
			failures.add("hover at " + outside + " answered without an error");
		} catch (ExecutionException e) {
			if (!(e.getCause() instanceof ResponseErrorException error
					&& error.getResponseError().getCode() == ResponseErrorCode.InvalidParams.getValue())) {
				failures.add("hover at " + outside + " → " + e.getCause());
			}
		} catch (TimeoutException e) {
			throw new AssertionError("hover at " + outside + " never answered");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** Waits for one answer; an error other than a cancellation, or none in time, is a failure. */
	void check(CompletableFuture<?> answer, String request, String state) {
		try {
			answer.get(StdioServer.TIMEOUT, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			if (!(e.getCause() instanceof ResponseErrorException error
					&& error.getResponseError().getCode() == ResponseErrorCode.RequestCancelled.getValue())) {
				failures.add(state + ": " + request + " → " + e.getCause().getMessage());
			}
		} catch (TimeoutException e) {
			throw new AssertionError(state + ": " + request + " never answered");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	List<String> failures() {
		return failures;
	}
}
