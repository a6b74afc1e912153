package org.gongkai.language.ide.server;

import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;

/** Xtext's language server, keeping only the open documents loaded between builds. */
public class GongkaiServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(ProjectManager.class).to(ReleasingProjectManager.class);
	}
}
