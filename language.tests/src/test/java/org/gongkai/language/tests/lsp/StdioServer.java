package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.gongkai.cli.GongkaiCli;

/**
 * {@code gongkai lsp} as an editor meets it: a separate JVM (the CLI's main class on this test's class path, as the fat
 * jar runs it) spoken to over stdin/stdout by LSP4J's client. Keeps a copy of every byte the server wrote to stdout,
 * so that a test can check it carried nothing but framed JSON-RPC messages; stderr goes to a file.
 */
final class StdioServer implements AutoCloseable {

	static final long TIMEOUT = 60;

	final LanguageServer remote;
	final Path stderr;
	private final Process process;
	private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
	/** Counted down when the client has read the server's stdout to its end. */
	private final CountDownLatch stdoutRead = new CountDownLatch(1);

	private StdioServer(LanguageClient client, List<String> jvmOptions, List<String> lspOptions, Path stderr) throws IOException {
		this.stderr = stderr;
		process = process(jvmOptions, lspOptions, stderr);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, tee(process.getInputStream(), stdout, stdoutRead),
				process.getOutputStream());
		launcher.startListening();
		remote = launcher.getRemoteProxy();
	}

	/** What a test does with a started server spoken to as text ({@link FramedClient}). */
	interface FramedSession {
		void run(FramedClient client, Process process) throws Exception;
	}

	/**
	 * Starts the server and runs {@code session} with a client that writes JSON-RPC as text (params LSP4J's client
	 * would not send); when that fails, the server's stderr is printed with the failure. The server is ended in any case.
	 */
	static void runFramed(FramedSession session) throws Exception {
		Path stderr = Files.createTempFile("gongkai-lsp", ".log");
		Process process = process(List.of(), List.of(), stderr);
		try {
			session.run(new FramedClient(process.getInputStream(), process.getOutputStream()), process);
		} catch (Throwable e) {
			System.err.println("server stderr:\n" + Files.readString(stderr));
			throw e;
		} finally {
			process.destroyForcibly();
			Files.deleteIfExists(stderr);
		}
	}

	/** {@code gongkai lsp} in a JVM of its own, its stderr going to {@code stderr}. */
	private static Process process(List<String> jvmOptions, List<String> lspOptions, Path stderr) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), GongkaiCli.class.getName(), "lsp"));
		command.addAll(lspOptions);
		return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
	}

	/** What a test does with a started server. */
	interface Session {
		void run(StdioServer server) throws Exception;
	}

	/**
	 * Starts the server, initializes it with {@code workspace} as its one folder and runs {@code session}; when that
	 * fails, the server's stderr is printed with the failure. The server is ended in any case.
	 */
	static void run(LanguageClient client, Path workspace, List<String> jvmOptions, Session session) throws Exception {
		run(client, workspace, jvmOptions, List.of(), session);
	}

	/** {@link #run(LanguageClient, Path, List, Session)} with options after {@code gongkai lsp}, as a client adds them. */
	static void run(LanguageClient client, Path workspace, List<String> jvmOptions, List<String> lspOptions, Session session)
			throws Exception {
		try (StdioServer server = start(client, workspace, jvmOptions, lspOptions)) {
			try {
				session.run(server);
			} catch (Throwable e) {
				System.err.println("server stderr:\n" + server.stderrText());
				throw e;
			}
		}
	}

	private static StdioServer start(LanguageClient client, Path workspace, List<String> jvmOptions, List<String> lspOptions)
			throws Exception {
		StdioServer server = new StdioServer(client, jvmOptions, lspOptions, Files.createTempFile("gongkai-lsp", ".log"));
		InitializeParams init = new InitializeParams();
		init.setProcessId((int) ProcessHandle.current().pid());
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
		workspaceCapabilities.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspaceCapabilities);
		init.setCapabilities(capabilities);
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		server.remote.initialize(init).get(TIMEOUT, TimeUnit.SECONDS);
		server.remote.initialized(new InitializedParams());
		return server;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** The server's exit status, once it has ended by itself within the timeout. */
	int exitStatus() throws InterruptedException {
		assertTrue(process.waitFor(TIMEOUT, TimeUnit.SECONDS), "server did not exit");
		return process.exitValue();
	}

	String stderrText() throws IOException {
		return Files.exists(stderr) ? Files.readString(stderr) : "";
	}

	/** shutdown and exit: the server ends with status 0, and its stdout carried nothing but framed messages. */
	void shutDown() throws Exception {
		remote.shutdown().get(TIMEOUT, TimeUnit.SECONDS);
		remote.exit();
		assertTrue(process.waitFor(TIMEOUT, TimeUnit.SECONDS), "server did not exit");
		assertEquals(0, process.exitValue());
		// the server has exited, but the client may still be reading what it wrote last
		assertTrue(stdoutRead.await(TIMEOUT, TimeUnit.SECONDS), "stdout not read to its end");
		assertOnlyMessages();
	}

	/** Every byte the server wrote to stdout so far belongs to a Content-Length framed message. */
	void assertOnlyMessages() {
		byte[] bytes;
		synchronized (stdout) {
			bytes = stdout.toByteArray();
		}
		Pattern header = Pattern.compile("Content-Length: (\\d+)\r\n(?:[^\r\n]+\r\n)*\r\n");
		String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
		int at = 0;
		while (at < bytes.length) {
			Matcher m = header.matcher(ascii).region(at, ascii.length());
			int from = at;
			assertTrue(m.lookingAt(), () -> "not a message at byte " + from + " of stdout: "
					+ ascii.substring(from, Math.min(ascii.length(), from + 300)));
			at = m.end() + Integer.parseInt(m.group(1));
		}
		assertEquals(bytes.length, at, "stdout ends inside a message");
	}

	@Override
	public void close() throws IOException {
		process.destroyForcibly();
		Files.deleteIfExists(stderr);
	}

	private static InputStream tee(InputStream in, ByteArrayOutputStream copy, CountDownLatch ended) {
		return new FilterInputStream(in) {
			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					synchronized (copy) {
						copy.write(b);
					}
				} else {
					ended.countDown();
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					synchronized (copy) {
						copy.write(buffer, offset, n);
					}
				} else if (n < 0) {
					ended.countDown();
				}
				return n;
			}
		};
	}
}
