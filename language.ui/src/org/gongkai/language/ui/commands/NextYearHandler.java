package org.gongkai.language.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.gongkai.language.ui.editor.ReportEditors;
import org.gongkai.language.ui.workspace.NextYearReports;
import org.gongkai.language.ui.workspace.WorkspaceReports;

/** 从上年报告开始 on a report in the Project or Package Explorer: next year's report beside it, opened in the editor. */
public class NextYearHandler extends AbstractHandler {

	public static final String TITLE = "从上年报告开始";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) || selection.size() != 1
				|| !(Adapters.adapt(selection.getFirstElement(), IFile.class) instanceof IFile last) || !WorkspaceReports.isReport(last)) {
			return null;
		}
		NextYearReports.Plan plan = NextYearReports.plan(last);
		try {
			if (plan.problem() == null) {
				NextYearReports.create(plan, null);
				ReportEditors.open(HandlerUtil.getActiveWorkbenchWindow(event), plan.file());
				return null;
			}
		} catch (CoreException e) {
			plan = new NextYearReports.Plan(plan.file(), null, "无法创建 " + plan.file().getName() + "：" + e.getStatus().getMessage());
		}
		Dialogs.tell(HandlerUtil.getActiveShell(event), TITLE, plan.problem() + "\n没有写出任何文件。", MessageDialog.ERROR);
		return null;
	}
}
