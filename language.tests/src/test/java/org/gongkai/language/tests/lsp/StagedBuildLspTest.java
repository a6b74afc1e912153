package org.gongkai.language.tests.lsp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.gongkai.language.tests.bench.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report opened in a large workspace is checked before the rest of it, with last year's report already seen, and an
 * edit made while the rest is being checked is answered before the rest is done; the rest is checked all the same.
 * The server runs as the editors start it (over stdio, in a process of its own). Xtext's own initial build checked the
 * whole folder before it answered {@code initialize}, so that the opened report came in the folder's order, and an edit
 * after the whole folder.
 */
class StagedBuildLspTest {

	private static final int CORPUS = 1_500;
	/** At most a slice of the rest (50 reports) is checked before the opened report, and its last year's report. */
	private static final int CHECKED_BEFORE = 50 + 2;

	@TempDir
	Path workspace;

	/** The diagnostics published, in order, with how many files had had diagnostics by then. */
	record Published(String file, List<String> codes, int filesSoFar) {
	}

	static final class Client extends NoOpClient {
		final BlockingQueue<Published> published = new LinkedBlockingQueue<>();
		final Set<String> files = ConcurrentHashMap.newKeySet();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			String file = params.getUri().substring(params.getUri().lastIndexOf('/') + 1);
			files.add(file);
			published.add(new Published(file, params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList(),
					files.size()));
		}

		Published next(String file) throws InterruptedException {
			while (true) {
				Published next = published.poll(StdioServer.TIMEOUT * 4, TimeUnit.SECONDS);
				assertTrue(next != null, "no diagnostics for " + file);
				if (next.file().equals(file)) {
					return next;
				}
			}
		}
	}

	@Test
	void theOpenedReportComesFirstThenTheRest() throws Exception {
		CorpusGenerator.generate(workspace, CORPUS);
		Files.writeString(workspace.resolve("zzz-2022.gongkai"), report().name("甲县2022")
				.header("  organ \"甲县人民政府\"\n  year 2022\n  issued 2023-01-27").apply("section apply < natural: new 2, next 2 >").text(), UTF_8);
		String notCarried = report().apply("section apply < natural: new 3, granted 3 >").text();
		String carried = report().apply("section apply < natural: new 3, carried 2, granted 5 >").text();
		Path opened = workspace.resolve("zzz-2023.gongkai");
		Files.writeString(opened, notCarried, UTF_8);
		String uri = opened.toUri().toString();
		int files = CORPUS + 2;

		Client client = new Client();
		StdioServer.run(client, workspace, List.of(), server -> {
			server.remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gongkai", 1, notCarried)));
			Published first = client.next("zzz-2023.gongkai");
			assertEquals(List.of("previous.carried"), first.codes(), "last year's report is seen at once");
			assertTrue(first.filesSoFar() <= CHECKED_BEFORE, "opened report checked after " + first.filesSoFar() + " of " + files + " files");

			server.remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
					List.of(new TextDocumentContentChangeEvent(carried))));
			Published edited = client.next("zzz-2023.gongkai");
			assertEquals(List.of(), edited.codes());
			assertTrue(edited.filesSoFar() < files, "the edit was answered after the whole workspace");

			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(StdioServer.TIMEOUT * 4);
			while (client.files.size() < files && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertEquals(files, client.files.size(), "every report of the workspace is checked");
			server.shutDown();
		});
	}
}
