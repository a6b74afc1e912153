package org.gongkai.workbench.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A JSON-RPC client of the language server, the same code over both transports so that only the transport differs:
 * a WebSocket of {@code gongkai serve} (one message per text frame, as the page's Monaco client sends them) or the
 * stdin/stdout of {@code gongkai lsp} (Content-Length headers, as VS Code's client). Each message is stamped with
 * {@link System#nanoTime()} as soon as its text has arrived, before it is parsed.
 */
abstract class Rpc implements AutoCloseable {

	static final long TIMEOUT_SECONDS = 300;

	/** A message from the server and when its text had arrived. */
	record Received(JsonObject message, long nanos) {
	}

	/** A publishDiagnostics: the file (normalised path), how many diagnostics, when it arrived. */
	record Published(Path file, int diagnostics, long nanos) {
	}

	private final Gson gson = new Gson();
	private final Map<Integer, CompletableFuture<Received>> answers = new ConcurrentHashMap<>();
	private final LinkedBlockingQueue<Published> published = new LinkedBlockingQueue<>();
	private final Map<Path, Integer> lastCounts = new ConcurrentHashMap<>();
	private final AtomicInteger next = new AtomicInteger();

	abstract void send(String text) throws IOException;

	/** Called by the transport with each message's text as it arrives. */
	final void received(String text, long nanos) {
		JsonObject message = gson.fromJson(text, JsonObject.class);
		boolean hasId = message.has("id") && !message.get("id").isJsonNull();
		if (hasId && !message.has("method")) {
			answers.computeIfAbsent(message.get("id").getAsInt(), id -> new CompletableFuture<>())
					.complete(new Received(message, nanos));
		} else if (hasId) {
			// a request of the server (registerCapability, configuration …): answered with null, as a plain client
			try {
				send("{\"jsonrpc\":\"2.0\",\"id\":" + message.get("id") + ",\"result\":null}");
			} catch (IOException e) {
				// the connection is gone: the waiting side times out
			}
		} else if ("textDocument/publishDiagnostics".equals(message.get("method").getAsString())) {
			JsonObject params = message.getAsJsonObject("params");
			Path file = Path.of(URI.create(params.get("uri").getAsString())).toAbsolutePath().normalize();
			int count = params.getAsJsonArray("diagnostics").size();
			lastCounts.put(file, count);
			published.add(new Published(file, count, nanos));
		}
	}

	/** Sends a request; the future completes with the answer (result or error) and when it came. */
	CompletableFuture<Received> ask(String method, Object params) throws IOException {
		int id = next.incrementAndGet();
		CompletableFuture<Received> answer = answers.computeIfAbsent(id, key -> new CompletableFuture<>());
		send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + json(params) + "}");
		return answer.whenComplete((result, failure) -> answers.remove(id));
	}

	/** A request's result; an error answer is thrown. */
	JsonElement request(String method, Object params) throws Exception {
		JsonObject answer = ask(method, params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).message();
		if (answer.has("error")) {
			throw new IllegalStateException(method + ": " + answer.get("error"));
		}
		return answer.get("result");
	}

	void notify(String method, Object params) throws IOException {
		send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + json(params) + "}");
	}

	/** initialize (the folder as root and workspace folder; the workbench puts its own folder there anyway), initialized. */
	void initialize(Path folder) throws Exception {
		String uri = folder.toUri().toString();
		JsonObject params = new JsonObject();
		params.addProperty("processId", ProcessHandle.current().pid());
		params.addProperty("rootUri", uri);
		params.add("capabilities", gson.toJsonTree(Map.of("workspace", Map.of("workspaceFolders", true))));
		params.add("workspaceFolders", gson.toJsonTree(new Object[] { Map.of("uri", uri, "name", folder.getFileName().toString()) }));
		request("initialize", params);
		notify("initialized", new JsonObject());
	}

	void open(Path file, String text) throws IOException {
		notify("textDocument/didOpen", Map.of("textDocument",
				Map.of("uri", file.toUri().toString(), "languageId", "gongkai", "version", 1, "text", text)));
	}

	/** One incremental change of one range, as an editor sends a typed character. */
	void change(Path file, int version, int line, int from, int to, String text) throws IOException {
		Map<String, Object> range = Map.of("start", Map.of("line", line, "character", from), "end",
				Map.of("line", line, "character", to));
		notify("textDocument/didChange", Map.of("textDocument", Map.of("uri", file.toUri().toString(), "version", version),
				"contentChanges", new Object[] { Map.of("range", range, "text", text) }));
	}

	/** The next publishDiagnostics for {@code file}, skipping those of other files. */
	Published nextDiagnostics(Path file) throws InterruptedException, TimeoutException {
		Path wanted = file.toAbsolutePath().normalize();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (true) {
			Published next = published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (next == null) {
				throw new TimeoutException("no diagnostics for " + file + " within " + TIMEOUT_SECONDS + " s");
			}
			if (next.file().equals(wanted)) {
				return next;
			}
		}
	}

	/** Waits until diagnostics have been published for {@code count} different files. */
	void awaitDiagnosticsForFiles(int count) throws InterruptedException, TimeoutException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (lastCounts.size() < count) {
			if (System.nanoTime() > deadline) {
				throw new TimeoutException("diagnostics for " + lastCounts.size() + " of " + count + " files");
			}
			published.poll(100, TimeUnit.MILLISECONDS);
		}
	}

	/** Forgets the publishDiagnostics received so far (not the counts). */
	void clearDiagnostics() {
		published.clear();
	}

	private String json(Object params) {
		return params instanceof String text ? text : gson.toJson(params);
	}

	/** A tab of {@code gongkai serve}: ws://127.0.0.1:PORT/lsp?token=…, with the page's Origin. */
	static Rpc webSocket(int port, String token) {
		WebSocketRpc rpc = new WebSocketRpc();
		rpc.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", "http://127.0.0.1:" + port)
				.buildAsync(URI.create("ws://127.0.0.1:" + port + "/lsp?token=" + token), rpc.listener).join();
		return rpc;
	}

	/** {@code gongkai lsp}'s stdin and stdout. */
	static Rpc stdio(Process process) {
		return new StdioRpc(process);
	}

	private static final class WebSocketRpc extends Rpc {
		WebSocket socket;
		final WebSocket.Listener listener = new WebSocket.Listener() {
			private final StringBuilder partial = new StringBuilder();

			@Override
			public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
				partial.append(data);
				if (last) {
					long now = System.nanoTime();
					String text = partial.toString();
					partial.setLength(0);
					received(text, now);
				}
				webSocket.request(1);
				return null;
			}
		};

		@Override
		synchronized void send(String text) {
			socket.sendText(text, true).join();
		}

		@Override
		public void close() {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
		}
	}

	private static final class StdioRpc extends Rpc {
		private final Process process;
		private final OutputStream out;

		StdioRpc(Process process) {
			this.process = process;
			this.out = process.getOutputStream();
			Thread reader = new Thread(this::read, "bench-stdio-reader");
			reader.setDaemon(true);
			reader.start();
		}

		@Override
		synchronized void send(String text) throws IOException {
			byte[] body = text.getBytes(StandardCharsets.UTF_8);
			out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
		}

		private void read() {
			try (InputStream in = new BufferedInputStream(process.getInputStream())) {
				while (true) {
					int length = -1;
					StringBuilder header = new StringBuilder();
					int c;
					while ((c = in.read()) >= 0) {
						if (c == '\n') {
							String line = header.toString().trim();
							header.setLength(0);
							if (line.isEmpty()) {
								break;
							}
							if (line.toLowerCase().startsWith("content-length:")) {
								length = Integer.parseInt(line.substring("content-length:".length()).trim());
							}
						} else {
							header.append((char) c);
						}
					}
					if (c < 0 || length < 0) {
						return;
					}
					byte[] body = in.readNBytes(length);
					received(new String(body, StandardCharsets.UTF_8), System.nanoTime());
				}
			} catch (IOException e) {
				// the process ended
			}
		}

		@Override
		public void close() throws Exception {
			try {
				request("shutdown", "null");
				notify("exit", "null");
				process.waitFor(30, TimeUnit.SECONDS);
			} finally {
				process.destroyForcibly();
			}
		}
	}
}
