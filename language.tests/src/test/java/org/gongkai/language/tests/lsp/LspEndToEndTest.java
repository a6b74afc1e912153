package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.gongkai.language.ide.cli.GongkaiCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai lsp} as an editor meets it: a separate JVM (the CLI's main class on this test's class path, as the
 * fat jar runs it) spoken to over stdin/stdout by LSP4J's client. Open a broken report, see the diagnostic and its
 * quick fix, fix it, see it cleared, ask completion and hover, shut down; stdout carried nothing but framed JSON-RPC messages.
 */
class LspEndToEndTest {

	private static final long TIMEOUT = 60;
	private static final String BROKEN = report().review("section review < reconsideration: upheld 0, total 1 >").text();
	private static final String FIXED = report().review("section review < reconsideration: upheld 1, total 1 >").text();

	@TempDir
	Path workspace;

	@Test
	void editorSession() throws Exception {
		Path log = workspace.resolve("stderr.log");
		Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), GongkaiCli.class.getName(), "lsp")
				.redirectError(log.toFile()).start();
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		try {
			DiagnosticsClient client = new DiagnosticsClient();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, tee(server.getInputStream(), stdout),
					server.getOutputStream());
			launcher.startListening();
			LanguageServer remote = launcher.getRemoteProxy();
			session(remote, client);
			remote.shutdown().get(TIMEOUT, TimeUnit.SECONDS);
			remote.exit();
			assertTrue(server.waitFor(TIMEOUT, TimeUnit.SECONDS), "server did not exit");
			assertEquals(0, server.exitValue());
		} catch (Throwable e) {
			System.err.println("server stderr:\n" + (Files.exists(log) ? Files.readString(log) : ""));
			throw e;
		} finally {
			server.destroyForcibly();
		}
		assertOnlyMessages(stdout.toByteArray());
	}

	private void session(LanguageServer remote, DiagnosticsClient client) throws Exception {
		InitializeParams init = new InitializeParams();
		init.setProcessId((int) ProcessHandle.current().pid());
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
		workspaceCapabilities.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspaceCapabilities);
		init.setCapabilities(capabilities);
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		remote.initialize(init).get(TIMEOUT, TimeUnit.SECONDS);
		remote.initialized(new InitializedParams());

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

	/** Every byte the server wrote to stdout belongs to a Content-Length framed message. */
	private static void assertOnlyMessages(byte[] stdout) {
		int at = 0;
		Pattern header = Pattern.compile("Content-Length: (\\d+)\r\n(?:[^\r\n]+\r\n)*\r\n");
		String ascii = new String(stdout, StandardCharsets.ISO_8859_1);
		while (at < stdout.length) {
			Matcher m = header.matcher(ascii).region(at, ascii.length());
			assertTrue(m.lookingAt(), () -> "not a message at byte " + ascii.substring(0, Math.min(ascii.length(), 200)));
			at = m.end() + Integer.parseInt(m.group(1));
		}
		assertEquals(stdout.length, at);
	}

	private static InputStream tee(InputStream in, ByteArrayOutputStream copy) {
		return new FilterInputStream(in) {
			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					copy.write(b);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					copy.write(buffer, offset, n);
				}
				return n;
			}
		};
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
