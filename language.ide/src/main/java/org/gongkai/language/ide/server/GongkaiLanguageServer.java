package org.gongkai.language.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Inject;

/**
 * Xtext's language server, whose workspace builds are staged ({@link StagedBuildManager}): a new or changed workspace
 * folder is only listed when it is set up, and its reports are checked by a build started right after — here, once
 * the client has the answer to {@code initialize} (a write queued earlier would cancel the one that answers it), and
 * not before the client had time to open its documents.
 */
public class GongkaiLanguageServer extends LanguageServerImpl {

	/**
	 * How long after {@code initialized} the workspace's build starts unless a build has started already: an editor
	 * opens its documents right after, and the first of them is checked before the rest then.
	 */
	static final long WORKSPACE_BUILD_DELAY_MS = 500;

	@Inject
	private StagedBuildManager builds;

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		CompletableFuture.delayedExecutor(WORKSPACE_BUILD_DELAY_MS, TimeUnit.MILLISECONDS).execute(() -> {
			if (!builds.hasBuilt()) {
				buildPending();
			}
		});
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
