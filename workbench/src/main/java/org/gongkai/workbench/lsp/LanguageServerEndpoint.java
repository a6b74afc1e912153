package org.gongkai.workbench.lsp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One WebSocket, one language-server session ({@link SocketServer}): each text frame is one JSON-RPC message. Frames
 * are handed to the server one at a time in their order (a didChange never overtakes its didOpen), and answers are
 * sent one at a time (Jetty refuses a send while another is under way). Public: Jetty calls it through method handles.
 */
public final class LanguageServerEndpoint implements Session.Listener.AutoDemanding {

	private static final long SEND_TIMEOUT_SECONDS = 60;

	private final Path root;
	private final Runnable closed;
	private final ExecutorService incoming = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "gongkai-lsp-in");
		thread.setDaemon(true);
		return thread;
	});
	private Session session;
	private SocketServer server;

	LanguageServerEndpoint(Path root, Runnable closed) {
		this.root = root;
		this.closed = closed;
	}

	@Override
	public void onWebSocketOpen(Session session) {
		this.session = session;
		incoming.execute(() -> server = SocketServer.start(root, this::send));
	}

	@Override
	public void onWebSocketText(String message) {
		if (!incoming.isShutdown()) {
			incoming.execute(() -> server.receive(message));
		}
	}

	@Override
	public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
		String message = StandardCharsets.UTF_8.decode(payload).toString();
		callback.succeed();
		onWebSocketText(message);
	}

	@Override
	public void onWebSocketClose(int statusCode, String reason) {
		incoming.execute(() -> {
			if (server != null) {
				server.close();
			}
		});
		incoming.shutdown();
		closed.run();
	}

	private synchronized void send(String message) {
		if (!session.isOpen()) {
			return;
		}
		CompletableFuture<Void> sent = new CompletableFuture<>();
		session.sendText(message, Callback.from(() -> sent.complete(null), sent::completeExceptionally));
		try {
			sent.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (ExecutionException | TimeoutException e) {
			session.close();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
