package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai lsp} as an editor meets it ({@link StdioServer}). Open a broken report, see the diagnostic and its
 * quick fix, fix it, see it cleared, ask completion and hover, shut down; stdout carried nothing but framed JSON-RPC messages.
 */
class LspEndToEndTest {

	private static final long TIMEOUT = StdioServer.TIMEOUT;
	private static final String BROKEN = report().review("section review < reconsideration: upheld 0, total 1 >").text();
	private static final String FIXED = report().review("section review < reconsideration: upheld 1, total 1 >").text();

	@TempDir
	Path workspace;

	@Test
	void editorSession() throws Exception {
		DiagnosticsClient client = new DiagnosticsClient();
		StdioServer.run(client, workspace, List.of(), server -> {
			session(server.remote, client);
			server.shutDown();
		});
	}

	private void session(LanguageServer remote, DiagnosticsClient client) throws Exception {
		String uri = workspace.resolve("甲县2023.gongkai").toUri().toString();
		remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gongkai", 1, BROKEN)));
		List<Diagnostic> broken = client.nextParams(uri).getDiagnostics();
		assertEquals("Error review.total 7:52-7:53 总计与各项之和不符（行政复议）：写的是 1，但结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 0",
				LspTest.render(broken));

		// the quick fix, from the diagnostic's data as it came over the wire
		var actions = remote.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
				broken.get(0).getRange(), new CodeActionContext(broken))).get(TIMEOUT, TimeUnit.SECONDS);
		assertEquals("改为 0（各项之和）: 7:52-7:53 → 0", actions.stream().map(a -> a.getRight()).map(a -> a.getTitle() + ": "
				+ a.getEdit().getChanges().get(uri).stream().map(e -> LspTest.render(e.getRange()) + " → " + e.getNewText())
						.collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));

		remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(FIXED))));
		assertEquals("", client.next(uri));

		// completion after "upheld 1, ": the column's fields (and the part's columns), with the official labels
		int column = FIXED.split("\n")[7].indexOf("total");
		var completion = remote.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(7, column))).get(TIMEOUT, TimeUnit.SECONDS);
		assertEquals("corrected 结果纠正, direct-suit 未经复议直接起诉, other 其他结果, pending 尚未审结, reconsideration 行政复议, "
				+ "suit-after-review 复议后起诉, total 总计, upheld 结果维持, > null", completion.getRight().getItems().stream()
						.map(i -> i.getLabel() + " " + i.getDetail()).collect(Collectors.joining(", ")));

		int total = FIXED.split("\n")[7].lastIndexOf("1");
		Hover hover = remote.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(7, total))).get(TIMEOUT, TimeUnit.SECONDS);
		assertEquals("行政复议 · 总计：1\n\n总计 = 结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 1", hover.getContents().getRight().getValue());
	}

	/** Collects publishDiagnostics; {@link #next} renders the next one for a document as the in-process tests do. */
	static final class DiagnosticsClient extends NoOpClient {
		private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
		}

		String next(String uri) throws InterruptedException {
			return LspTest.render(nextParams(uri).getDiagnostics());
		}

		PublishDiagnosticsParams nextParams(String uri) throws InterruptedException {
			while (true) {
				PublishDiagnosticsParams params = published.poll(TIMEOUT, TimeUnit.SECONDS);
				assertTrue(params != null, "no diagnostics for " + uri);
				if (sameFile(params.getUri(), uri)) {
					return params;
				}
			}
		}

		private static boolean sameFile(String a, String b) {
			return new File(java.net.URI.create(a)).equals(new File(java.net.URI.create(b)));
		}
	}
}
