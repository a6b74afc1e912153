package org.gongkai.language.ui.wizard;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.gongkai.language.ui.editor.ReportEditors;
import org.gongkai.language.ui.workspace.NextYearReports;

/** 新建 → 从上年报告开始: next year's report of a report in the workspace, opened in the editor. */
public class NextYearWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private NextYearPage page;

	public NextYearWizard() {
		setWindowTitle("从上年报告开始");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		page = new NextYearPage(selection == null ? null : Adapters.adapt(selection.getFirstElement(), IFile.class));
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		// planned again: last year's text or the folder may have changed since the page showed its plan
		NextYearReports.Plan plan = NextYearReports.plan(page.last());
		if (plan.problem() != null) {
			page.setErrorMessage(plan.problem());
			return false;
		}
		try {
			NextYearReports.create(plan, null);
		} catch (CoreException e) {
			page.setErrorMessage("无法创建 " + plan.file().getName() + "：" + e.getStatus().getMessage());
			return false;
		}
		ReportEditors.open(workbench == null ? null : workbench.getActiveWorkbenchWindow(), plan.file());
		return true;
	}
}
