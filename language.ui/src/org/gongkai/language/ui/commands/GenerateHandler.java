package org.gongkai.language.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.ui.GongkaiUi;
import org.gongkai.language.ui.workspace.WorkspaceReports;

/**
 * 生成报告: on a report file (context menu) or in its editor; saves the report, generates in the background, then says
 * what was written. The command's parameter {@value #FORMATS} names the formats (comma-separated, as {@code gongkai
 * generate --to}); without it, those {@code gongkai generate} writes by default.
 */
public class GenerateHandler extends AbstractHandler {

	public static final String TITLE = "生成报告";

	public static final String FORMATS = "org.gongkai.language.ui.generate.formats";

	@Override
	public Object execute(ExecutionEvent event) {
		IFile file = report(event);
		if (file == null) {
			return null;
		}
		String formats = event.getParameter(FORMATS) == null ? DocumentFormats.PUBLISHED : event.getParameter(FORMATS);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (!IDE.saveAllEditors(new IResource[] { file }, true)) {
			return null;
		}
		Job job = Job.create(TITLE + " " + file.getName(), monitor -> {
			String message;
			try {
				message = ReportGenerator.generate(file, formats);
			} catch (Exception | LinkageError e) {
				GongkaiUi.log("生成 " + file.getFullPath() + " 时出错", e);
				message = "生成 " + file.getName() + " 时出错：" + e.getMessage();
			}
			String shown = message;
			Display.getDefault().asyncExec(() -> Dialogs.tell(shell, TITLE, shown, MessageDialog.INFORMATION));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static IFile report(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof IEditorPart editor) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			if (WorkspaceReports.isReport(file)) {
				return file;
			}
		}
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (WorkspaceReports.isReport(file)) {
				return file;
			}
		}
		return null;
	}
}
