package org.gongkai.workbench.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.emf.common.util.URI;
import org.gongkai.language.ide.server.GongkaiServerModule;
import org.gongkai.language.ide.server.ServerLauncherBuilder;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The language server of one browser tab: {@code gongkai lsp}'s server ({@link GongkaiServerModule}, launched as
 * {@link ServerLauncherBuilder} launches it) in an injector of its own, whose {@code exit} ends nothing
 * ({@link ILanguageServerShutdownAndExitHandler.NullImpl}) and whose workspace is the served folder, whatever the
 * client sends as {@code rootUri} (Monaco's client sends none, and Xtext cannot start without one). Messages come in
 * and go out as JSON text, one message each.
 */
final class SocketServer {

	private final Injector injector;
	private final Frames frames;
	private final MessageConsumer incoming;

	private SocketServer(Injector injector, Frames frames, MessageConsumer incoming) {
		this.injector = injector;
		this.frames = frames;
		this.incoming = incoming;
	}

	static SocketServer start(Path root, Consumer<String> send) {
		Injector injector = Guice.createInjector(Modules.override(new GongkaiServerModule()).with(binder -> binder
				.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class)));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		String rootUri = new UriExtensions().toUriString(URI.createFileURI(root.toString() + "/"));
		Frames frames = new Frames(server, send);
		server.connect(frames.client);
		MessageConsumer incoming = frames.incoming;
		return new SocketServer(injector, frames, message -> {
			if (message instanceof RequestMessage request && request.getParams() instanceof InitializeParams params) {
				params.setRootUri(rootUri);
				params.setWorkspaceFolders(List.of(new WorkspaceFolder(rootUri, root.getFileName().toString())));
			}
			incoming.consume(message);
		});
	}

	/**
	 * Hands one message to the server, in the thread that calls (one at a time, in order). A message with an issue
	 * (params that do not read, a field missing) is answered as LSP4J answers it on a stream: an error for a request.
	 * Text that is no message (no method, no id) has nobody to be answered.
	 */
	void receive(String text) {
		Message message;
		try {
			message = frames.json.parseMessage(text);
		} catch (MessageIssueException e) {
			frames.remote.handle(e.getRpcMessage(), e.getIssues());
			return;
		} catch (RuntimeException e) {
			return;
		}
		try {
			incoming.consume(message);
		} catch (MessageIssueException e) {
			frames.remote.handle(e.getRpcMessage(), e.getIssues());
		}
	}

	void close() {
		injector.getInstance(ExecutorServiceProvider.class).dispose();
	}

	/** LSP4J's launcher, with frames instead of streams: what {@code gongkai lsp} builds over stdin and stdout. */
	private static final class Frames extends ServerLauncherBuilder {

		final MessageJsonHandler json;
		final RemoteEndpoint remote;
		final MessageConsumer incoming;
		final LanguageClient client;
		private final Consumer<String> send;

		Frames(LanguageServerImpl server, Consumer<String> send) {
			super(server);
			this.send = send;
			json = createJsonHandler();
			remote = createRemoteEndpoint(json);
			client = createProxy(remote);
			incoming = wrapMessageConsumer(remote);
		}

		@Override
		protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
			MessageConsumer outgoing = wrapMessageConsumer(message -> send.accept(handler.serialize(message)));
			RemoteEndpoint remote = new RemoteEndpoint(outgoing, ServiceEndpoints.toEndpoint(localServices), exceptionHandler);
			handler.setMethodProvider(remote);
			remote.setJsonHandler(handler);
			return remote;
		}
	}
}
