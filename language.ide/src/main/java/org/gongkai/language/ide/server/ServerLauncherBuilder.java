package org.gongkai.language.ide.server;

import java.io.InputStream;
import java.io.OutputStream;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.gson.GsonBuilder;
import com.google.inject.Guice;

/**
 * LSP4J's launcher as Gongkai's server is launched, on stdio ({@code gongkai lsp}) or on a WebSocket (the
 * workbench): messages validated, a request that fails answered by {@link ResponseErrors}, and one whose params do
 * not read answered InvalidParams ({@link ParamsAdapter}, {@link InvalidParamsAnswers}).
 */
public class ServerLauncherBuilder extends Launcher.Builder<LanguageClient> {

	public ServerLauncherBuilder(LanguageServerImpl server) {
		setLocalService(server);
		setRemoteInterface(LanguageClient.class);
		validateMessages(true);
		setExceptionHandler(new ResponseErrors());
		wrapMessages(InvalidParamsAnswers::new);
	}

	/** The language server of {@code gongkai lsp}, in an injector of its own, connected to a client over two streams. */
	public static Launcher<LanguageClient> serve(InputStream in, OutputStream out) {
		LanguageServerImpl server = Guice.createInjector(new GongkaiServerModule()).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new ServerLauncherBuilder(server).setInput(in).setOutput(out).create();
		server.connect(launcher.getRemoteProxy());
		return launcher;
	}

	@Override
	protected MessageJsonHandler createJsonHandler() {
		return new MessageJsonHandler(getSupportedMethods()) {
			@Override
			public GsonBuilder getDefaultGsonBuilder() {
				return super.getDefaultGsonBuilder().registerTypeAdapterFactory(new ParamsAdapter.Factory(this));
			}
		};
	}
}
