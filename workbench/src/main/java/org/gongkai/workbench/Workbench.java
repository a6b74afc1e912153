package org.gongkai.workbench;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.workbench.files.Workspace;
import org.gongkai.workbench.http.AccessGuard;
import org.gongkai.workbench.http.ApiHandler;
import org.gongkai.workbench.http.PageFiles;
import org.gongkai.workbench.lsp.LanguageServerSessions;

/**
 * The workbench's server: Jetty on 127.0.0.1, behind {@link AccessGuard} (token, Host, Origin); {@code /lsp} is a
 * language-server session per WebSocket ({@link LanguageServerSessions}), {@code /api/} the files of the workspace
 * ({@link ApiHandler}), everything else the page, from the class path ({@link PageFiles}).
 */
public final class Workbench {

	/**
	 * The most language-server sessions (tabs) at once unless {@code serve --max-tabs} says otherwise; each holds an
	 * injector and the folder's reports.
	 */
	public static final int MAX_SESSIONS = 8;
	/** The largest message on the WebSocket: a report of tens of megabytes and its diagnostics. */
	static final long MAX_MESSAGE = 128L << 20;

	private final Server server;
	private final Workspace workspace;
	private final String address;

	private Workbench(Server server, Workspace workspace, String address) {
		this.server = server;
		this.workspace = workspace;
		this.address = address;
	}

	/**
	 * @param port 0 for any free port
	 * @param maxSessions the most tabs (language-server sessions) at once; the next gets 503
	 * @throws CliProblem when the folder cannot be read or the port is taken
	 */
	public static Workbench start(Path folder, int port, int maxSessions) {
		Workspace workspace;
		try {
			workspace = new Workspace(folder);
		} catch (IOException e) {
			throw new CliProblem("无法打开文件夹 " + folder + "：" + e.getMessage());
		}
		QueuedThreadPool threads = new QueuedThreadPool();
		threads.setName("gongkai-serve");
		threads.setDaemon(true);
		Server server = new Server(threads);
		ServerConnector connector = new ServerConnector(server);
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		server.addConnector(connector);
		String token = token();
		AccessGuard guard = new AccessGuard(token);
		WebSocketUpgradeHandler sockets = WebSocketUpgradeHandler.from(server, container -> {
			container.setMaxTextMessageSize(MAX_MESSAGE);
			container.setMaxBinaryMessageSize(MAX_MESSAGE);
			container.setIdleTimeout(Duration.ofDays(1));
			container.addMapping("/lsp", new LanguageServerSessions(workspace.root(), maxSessions));
		});
		Handler page = PageFiles.handler(ResourceFactory.of(server).newClassLoaderResource("web/"));
		sockets.setHandler(new Handler.Sequence(new ApiHandler(workspace), page));
		guard.setHandler(sockets);
		server.setHandler(guard);
		ErrorHandler errors = new ErrorHandler();
		errors.setShowStacks(false);
		errors.setShowMessageInTitle(false);
		server.setErrorHandler(errors);
		try {
			server.start();
		} catch (Exception e) {
			stop(server);
			throw new CliProblem(e instanceof BindException || e.getCause() instanceof BindException
					? "端口 " + port + " 已被占用；请换一个端口（--port），或不给 --port 让 Gongkai 自选"
					: "工作台无法启动：" + e.getMessage());
		}
		int actual = connector.getLocalPort();
		guard.setPort(actual);
		return new Workbench(server, workspace, "http://127.0.0.1:" + actual + "/?token=" + token);
	}

	/** The page's address, token included. */
	public String address() {
		return address;
	}

	public Path folder() {
		return workspace.root();
	}

	/** Waits until the server stops. */
	public void join() throws InterruptedException {
		server.join();
	}

	private static void stop(Server server) {
		try {
			server.stop();
		} catch (Exception e) {
			// stopping is best effort: the process ends anyway
		}
	}

	private static String token() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
