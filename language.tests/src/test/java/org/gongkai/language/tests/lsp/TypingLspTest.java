package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every state a document passes through while it is typed is a state the server must handle: each example and each
 * transcribed published report is typed into {@code gongkai lsp} over stdio forty characters at a time, then has
 * ranges deleted and hostile text pasted into it, and after each edit the server is asked what an editor asks
 * ({@link EditorRequests}). Every request must be answered without an error, and every byte on stdout must be framed
 * JSON-RPC; a position outside the document gets an InvalidParams error. A long session of random edits runs in a small heap.
 */
class TypingLspTest {

	private static final int CHUNK = 40;

	/** Pasted by a clerk, or by accident: what each part of the server must survive. */
	static final List<String> HOSTILE = List.of("\r", "\r\n", "\n\n", "\u0000", "\uFFFF", "\u0007", "\"", "\\", "{", "}", "<", ">",
			"${", "${apply.", "${}", "$${", "/*", "*/", "//", "“未闭合", "section", "部分 ", "report \"b\" {", "：", "，", "；", "-",
			"1.5万元", "99999999999999999999999", "-5", "+3", "2024年", "2024-13-45", "02-30", "😀", "\u202Eabc",
			"organ organ organ", "natural: new", "section apply < natural: new 3, new 3, new 3 >", "x".repeat(30_000),
			"自然人：本年新收3，予以公开2", "<script>alert(1)</script>", "[点此](javascript:alert(1))");

	@TempDir
	Path workspace;

	@Test
	void typedPrefixByPrefixThenDeletedAndPasted() throws Exception {
		LatestDiagnostics client = new LatestDiagnostics();
		StdioServer.run(client, workspace, List.of(), server -> {
			EditorRequests editor = new EditorRequests(server.remote.getTextDocumentService());
			Random random = new Random(10);
			for (Path report : reports()) {
				String name = report.getFileName().toString();
				String full = Files.readString(report);
				TypedDocument document = TypedDocument.open(server.remote.getTextDocumentService(),
						workspace.resolve(name).toUri().toString(), "");
				for (int typed = 0; typed < full.length(); typed += CHUNK) {
					String chunk = full.substring(typed, Math.min(full.length(), typed + CHUNK));
					document.replace(typed, 0, chunk);
					askAt(editor, client, document, document.text().length(), name + " typed " + document.text().length());
					askAt(editor, client, document, random.nextInt(document.text().length() + 1), name + " typed " + document.text().length());
				}
				for (int i = 0; i < 20; i++) {
					int from = random.nextInt(document.text().length());
					int length = Math.min(document.text().length() - from, 1 + random.nextInt(200));
					document.replace(from, length, "");
					askAt(editor, client, document, from, name + " deleted " + length + " at " + from);
				}
				for (String hostile : HOSTILE) {
					int at = random.nextInt(document.text().length() + 1);
					document.replace(at, 0, hostile);
					askAt(editor, client, document, at + hostile.length(), name + " pasted " + visible(hostile) + " at " + at);
				}
				document.close();
			}
			assertNoFailures(server, editor);
			server.shutDown();
		});
	}

	/** A request whose position lies outside the document is answered with InvalidParams (and the server goes on). */
	@Test
	void positionsOutsideTheDocument() throws Exception {
		LatestDiagnostics client = new LatestDiagnostics();
		StdioServer.run(client, workspace, List.of(), server -> {
			EditorRequests editor = new EditorRequests(server.remote.getTextDocumentService());
			TypedDocument document = TypedDocument.open(server.remote.getTextDocumentService(),
					workspace.resolve("report.gongkai").toUri().toString(), Files.readString(reports().get(0)));
			int lines = document.position(document.text().length()).getLine();
			for (Position outside : List.of(new Position(-1, 0), new Position(lines + 1, 0), new Position(0, -1),
					new Position(0, Integer.MAX_VALUE), new Position(Integer.MAX_VALUE, Integer.MAX_VALUE))) {
				editor.askOutside(document.uri, outside);
			}
			askAt(editor, client, document, 0, "after the positions outside");
			assertEquals("", String.join("\n", editor.failures()));
			server.shutDown();
		});
	}

	/** Thousands of random edits in one session: the server keeps answering within a small heap. */
	@Test
	void longSessionOfRandomEdits() throws Exception {
		LatestDiagnostics client = new LatestDiagnostics();
		List<Path> reports = reports();
		StdioServer.run(client, workspace, List.of("-Xmx96m", "-XX:+ExitOnOutOfMemoryError"), server -> {
			EditorRequests editor = new EditorRequests(server.remote.getTextDocumentService());
			Random random = new Random(11);
			TypedDocument document = TypedDocument.open(server.remote.getTextDocumentService(),
					workspace.resolve("session.gongkai").toUri().toString(), Files.readString(reports.get(0)));
			for (int edit = 1; edit <= 3_000; edit++) {
				String text = document.text();
				int from = random.nextInt(text.length() + 1);
				int length = random.nextInt(4) == 0 ? Math.min(text.length() - from, random.nextInt(80)) : 0;
				String inserted = switch (random.nextInt(4)) {
					case 0 -> HOSTILE.get(random.nextInt(HOSTILE.size()));
					case 1 -> {
						String source = Files.readString(reports.get(random.nextInt(reports.size())));
						int start = random.nextInt(source.length());
						yield source.substring(start, Math.min(source.length(), start + random.nextInt(120)));
					}
					default -> "";
				};
				if (text.length() > 60_000) {
					length = text.length() - from;
				}
				document.replace(from, length, inserted);
				if (edit % 10 == 0) {
					askAt(editor, client, document, from + inserted.length(), "edit " + edit);
				}
			}
			assertTrue(server.isAlive(), "the server died:\n" + server.stderrText());
			assertNoFailures(server, editor);
			server.shutDown();
		});
	}

	private static void askAt(EditorRequests editor, LatestDiagnostics client, TypedDocument document, int offset, String state) {
		editor.ask(document.uri, document.position(offset), client.of(document.uri), state);
	}

	private static void assertNoFailures(StdioServer server, EditorRequests editor) throws IOException {
		assertEquals("", editor.failures().stream().limit(30).collect(Collectors.joining("\n")),
				editor.failures().size() + " requests failed");
		String stderr = server.stderrText();
		assertTrue(!stderr.contains("Exception") && !stderr.contains("Error:"), () -> "the server logged failures:\n"
				+ stderr.substring(0, Math.min(stderr.length(), 5_000)));
		server.assertOnlyMessages();
	}

	static List<Path> reports() throws IOException {
		try (Stream<Path> examples = Files.list(Path.of("..", "examples"));
				Stream<Path> published = Files.list(Path.of("src", "test", "resources", "reports"))) {
			return Stream.concat(examples, published).filter(p -> p.toString().endsWith(".gongkai")).sorted().toList();
		}
	}

	private static String visible(String text) {
		String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
		return shown.chars().mapToObj(c -> c < 0x20 || c == 0xFFFF ? String.format("\\u%04X", c) : Character.toString(c))
				.collect(Collectors.joining());
	}

	/** The diagnostics last published for each document. */
	static final class LatestDiagnostics extends NoOpClient {
		private final Map<String, List<Diagnostic>> latest = new ConcurrentHashMap<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			latest.put(diagnostics.getUri(), diagnostics.getDiagnostics());
		}

		List<Diagnostic> of(String uri) {
			return latest.getOrDefault(uri, List.of());
		}
	}
}
