package org.gongkai.language.tests.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * A client that writes JSON-RPC as text, Content-Length framed as on stdio, so that it can send what LSP4J's own
 * client would not (params of the wrong shape); answers are matched to their requests by id.
 */
final class FramedClient implements MalformedRequests.Client {

	private final OutputStream out;
	private final Map<Integer, CompletableFuture<JsonObject>> answers = new ConcurrentHashMap<>();
	private final AtomicInteger next = new AtomicInteger();

	FramedClient(InputStream in, OutputStream out) {
		this.out = out;
		Thread reader = new Thread(() -> read(in), "framed-client");
		reader.setDaemon(true);
		reader.start();
	}

	@Override
	public JsonObject request(String method, String params) throws Exception {
		int id = next.incrementAndGet();
		CompletableFuture<JsonObject> answer = answers.computeIfAbsent(id, key -> new CompletableFuture<>());
		write("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
		return answer.get(StdioServer.TIMEOUT, TimeUnit.SECONDS);
	}

	@Override
	public void notify(String method, String params) throws IOException {
		write("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
	}

	private synchronized void write(String message) throws IOException {
		byte[] content = message.getBytes(StandardCharsets.UTF_8);
		out.write(("Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(content);
		out.flush();
	}

	private void read(InputStream in) {
		Gson gson = new Gson();
		try {
			while (true) {
				int length = -1;
				for (String header = line(in); !header.isEmpty(); header = line(in)) {
					if (header.startsWith("Content-Length:")) {
						length = Integer.parseInt(header.substring("Content-Length:".length()).strip());
					}
				}
				JsonObject message = gson.fromJson(new String(in.readNBytes(length), StandardCharsets.UTF_8), JsonObject.class);
				if (message.has("id") && message.get("id").isJsonPrimitive() && !message.has("method")) {
					answers.computeIfAbsent(message.get("id").getAsInt(), id -> new CompletableFuture<>()).complete(message);
				}
			}
		} catch (IOException | RuntimeException e) {
			answers.values().forEach(answer -> answer.completeExceptionally(e));
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("the server closed its output");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}
}
