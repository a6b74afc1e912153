package org.gongkai.language.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.gongkai.language.ui.GongkaiUi;

/** Opens a report the user just had written (a new report, an import) in the editor of the window's active page. */
public final class ReportEditors {

	public static void open(IWorkbenchWindow window, IFile report) {
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			IDE.openEditor(page, report, true);
		} catch (PartInitException e) {
			GongkaiUi.log("无法打开 " + report.getFullPath(), e);
		}
	}

	private ReportEditors() {
	}
}
