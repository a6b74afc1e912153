package org.gongkai.workbench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.gongkai.language.tests.lsp.MalformedRequests;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/** A browser tab's language-server session: a WebSocket client speaking JSON-RPC, one message per text frame, as Monaco's client does. */
final class LspTab implements WebSocket.Listener, MalformedRequests.Client {

	private static final long TIMEOUT_SECONDS = 120;

	private final Gson gson = new Gson();
	private final Map<Integer, CompletableFuture<JsonObject>> answers = new ConcurrentHashMap<>();
	private final LinkedBlockingQueue<JsonObject> notifications = new LinkedBlockingQueue<>();
	private final StringBuilder partial = new StringBuilder();
	private WebSocket socket;
	private int next;

	static LspTab open(ServedFolder served) {
		LspTab tab = new LspTab();
		tab.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", "http://127.0.0.1:" + served.port)
				.buildAsync(URI.create("ws://127.0.0.1:" + served.port + "/lsp?token=" + served.token), tab).join();
		return tab;
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		partial.append(data);
		if (last) {
			JsonObject message = gson.fromJson(partial.toString(), JsonObject.class);
			partial.setLength(0);
			if (message.has("id") && message.get("id").isJsonPrimitive() && !message.has("method")) {
				answers.computeIfAbsent(message.get("id").getAsInt(), id -> new CompletableFuture<>()).complete(message);
			} else if (!message.has("id")) {
				notifications.add(message);
			}
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public JsonObject request(String method, String params) throws Exception {
		int id = ++next;
		CompletableFuture<JsonObject> answer = answers.computeIfAbsent(id, key -> new CompletableFuture<>());
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
		return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public void notify(String method, String params) {
		socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
	}

	/** The next diagnostics published for the document. */
	JsonObject diagnosticsOf(String uri) throws InterruptedException {
		while (true) {
			JsonObject message = notifications.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			if (message == null) {
				throw new AssertionError("no diagnostics for " + uri);
			}
			if (message.get("method").getAsString().equals("textDocument/publishDiagnostics")
					&& message.getAsJsonObject("params").get("uri").getAsString().equals(uri)) {
				return message.getAsJsonObject("params");
			}
		}
	}

	void close() {
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
	}
}
