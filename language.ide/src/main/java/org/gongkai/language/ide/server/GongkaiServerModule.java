package org.gongkai.language.ide.server;

import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;

/**
 * Xtext's language server, keeping only the open documents loaded between builds, checking an opened report before the
 * rest of a large workspace.
 */
public class GongkaiServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(ProjectManager.class).to(ReleasingProjectManager.class);
		bind(BuildManager.class).to(StagedBuildManager.class);
		bind(LanguageServerImpl.class).to(GongkaiLanguageServer.class);
	}
}
