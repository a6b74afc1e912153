package org.gongkai.language.ide.server;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.gson.GsonBuilder;

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
