package org.gongkai.workbench.lsp;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/** Opens a language-server session for each WebSocket on {@code /lsp}, up to a number at once (then 503). */
public final class LanguageServerSessions implements WebSocketCreator {

	private final Path root;
	private final int max;
	private final AtomicInteger open = new AtomicInteger();

	public LanguageServerSessions(Path root, int max) {
		this.root = root;
		this.max = max;
	}

	@Override
	public Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
		if (open.incrementAndGet() > max) {
			open.decrementAndGet();
			Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
					"已打开 " + max + " 个工作台页面；请先关掉不用的页面");
			return null;
		}
		return new LanguageServerEndpoint(root, open::decrementAndGet);
	}
}
