package org.gongkai.language.ui.workspace;

import org.eclipse.ui.IStartup;

/** At the workbench's start: the reports of the workspace get their markers, and keep them current. */
public final class GongkaiStartup implements IStartup {

	@Override
	public void earlyStartup() {
		ReportChangeListener.install();
	}
}
