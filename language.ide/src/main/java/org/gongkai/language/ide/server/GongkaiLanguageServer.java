package org.gongkai.language.ide.server;

import java.util.List;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, whose workspace builds are staged ({@link StagedBuildManager}): a new or changed workspace
 * folder is only listed when it is set up, and its reports are checked by a build started right after — here, once
 * the client has the answer to {@code initialize} (a write queued earlier would cancel the one that answers it).
 */
public class GongkaiLanguageServer extends LanguageServerImpl {

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		buildPending();
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		super.didChangeConfiguration(params);
		buildPending();
	}

	@Override
	public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
		super.didChangeWorkspaceFolders(params);
		buildPending();
	}

	private void buildPending() {
		runBuildable(() -> getWorkspaceManager().didChangeFiles(List.of(), List.of()));
	}
}
