package org.gongkai.language.tests.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.gongkai.language.tests.lsp.NoOpClient;

/**
 * One {@code gongkai lsp} process, started from a command line and spoken to over stdin/stdout by LSP4J's client, as
 * VS Code's language client does. Remembers when each publishDiagnostics arrived ({@link System#nanoTime()}).
 */
final class LspServerSession implements AutoCloseable {

	static final long TIMEOUT_SECONDS = 600;

	/** A publishDiagnostics as the client received it. */
	record Published(String file, int diagnostics, long receivedNanos) {
	}

	/** When the process was asked to start, in {@link System#nanoTime()}. */
	final long startedNanos;
	private final Process process;
	private final LanguageServer server;
	private final Client client = new Client();

	private LspServerSession(List<String> command, Path stderr) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
		startedNanos = System.nanoTime();
		process = builder.start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	/** Starts the server; its stderr is appended to {@code stderr}. */
	static LspServerSession start(List<String> command, Path stderr) throws IOException {
		return new LspServerSession(command, stderr);
	}

	long pid() {
		return process.pid();
	}

	/** initialize with {@code folder} as the one workspace folder (and root), then initialized. */
	InitializeResult initialize(Path folder) throws Exception {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		String uri = folder.toUri().toString();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, folder.getFileName().toString())));
		params.setRootUri(uri);
		InitializeResult result = await(server.initialize(params));
		server.initialized(new InitializedParams());
		return result;
	}

	void open(Path file, String text) {
		server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(file.toUri().toString(), "gongkai", 1, text)));
	}

	/** An incremental change, as VS Code sends one for a typed character (the server's sync kind is Incremental). */
	void change(Path file, int version, Range range, String text) {
		TextDocumentContentChangeEvent event = new TextDocumentContentChangeEvent(range, text);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(file.toUri().toString(), version), List.of(event)));
	}

	Hover hover(Path file, Position position) throws Exception {
		return await(server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(file.toUri().toString()), position)));
	}

	/** The next publishDiagnostics for {@code file}, skipping those for other files. */
	Published nextDiagnostics(Path file) throws InterruptedException, TimeoutException {
		String wanted = file.toAbsolutePath().normalize().toString();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (true) {
			Published next = client.published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (next == null) {
				throw new TimeoutException("no diagnostics for " + file + " within " + TIMEOUT_SECONDS + " s");
			}
			if (next.file().equals(wanted)) {
				return next;
			}
		}
	}

	/** Waits until diagnostics have been published for {@code count} different files; returns when the last came. */
	long awaitDiagnosticsForFiles(int count) throws InterruptedException, TimeoutException {
		client.expectFiles(count);
		if (!client.allFiles.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			throw new TimeoutException("diagnostics for " + client.files.size() + " of " + count + " files within "
					+ TIMEOUT_SECONDS + " s");
		}
		return client.lastNewFileNanos;
	}

	/** How many diagnostics the last publishDiagnostics for {@code file} had, or −1 when none came. */
	int lastDiagnosticsCount(Path file) {
		return client.lastCounts.getOrDefault(file.toAbsolutePath().normalize().toString(), -1);
	}

	/** Forgets the publishDiagnostics received so far. */
	void clearDiagnostics() {
		client.published.clear();
	}

	@Override
	public void close() throws Exception {
		try {
			await(server.shutdown());
			server.exit();
			process.waitFor(30, TimeUnit.SECONDS);
		} finally {
			process.destroyForcibly();
		}
	}

	private static <T> T await(CompletableFuture<T> future) throws Exception {
		return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	private static final class Client extends NoOpClient {
		final BlockingQueue<Published> published = new LinkedBlockingQueue<>();
		final Set<String> files = ConcurrentHashMap.newKeySet();
		final Map<String, Integer> lastCounts = new ConcurrentHashMap<>();
		volatile CountDownLatch allFiles = new CountDownLatch(1);
		volatile int expectedFiles = Integer.MAX_VALUE;
		volatile long lastNewFileNanos;

		synchronized void expectFiles(int count) {
			expectedFiles = count;
			if (files.size() >= count) {
				allFiles.countDown();
			}
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			long now = System.nanoTime();
			String file = new File(URI.create(params.getUri())).toPath().toAbsolutePath().normalize().toString();
			published.add(new Published(file, params.getDiagnostics().size(), now));
			lastCounts.put(file, params.getDiagnostics().size());
			synchronized (this) {
				if (files.add(file)) {
					lastNewFileNanos = now;
					if (files.size() >= expectedFiles) {
						allFiles.countDown();
					}
				}
			}
		}
	}
}
