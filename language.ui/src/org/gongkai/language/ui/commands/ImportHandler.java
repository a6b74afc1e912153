package org.gongkai.language.ui.commands;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.gongkai.importer.ImportProblem;
import org.gongkai.importer.ImportTargets;
import org.gongkai.language.ide.output.FileErrors;
import org.gongkai.language.ui.GongkaiUi;
import org.gongkai.language.ui.editor.ReportEditors;

/**
 * 导入报告: on a published report (.docx .html .pdf .txt …) in the Project or Package Explorer; imports it in the
 * background ({@link ReportImport}), then opens the new report in the editor and says what the importer was unsure of,
 * or says why nothing was written.
 */
public class ImportHandler extends AbstractHandler {

	public static final String TITLE = "导入报告";

	/** At most this many of the importer's warnings in the dialog; all are in the report as {@code // 导入：} comments. */
	private static final int SHOWN_WARNINGS = 15;

	@Override
	public Object execute(ExecutionEvent event) {
		IFile published = published(HandlerUtil.getCurrentSelection(event));
		if (published == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Job job = Job.create(TITLE + " " + published.getName(), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, "正在导入 " + published.getName(), 2);
			ReportImport.Outcome outcome = null;
			String message;
			try {
				outcome = ReportImport.run(published, progress);
				message = warnings(published, outcome);
			} catch (ImportProblem e) {
				message = notImported(published, e.getMessage());
			} catch (IOException e) {
				message = notImported(published, FileErrors.reason(e, false));
			} catch (Exception | LinkageError e) {
				GongkaiUi.log("导入 " + published.getFullPath() + " 时出错", e);
				message = notImported(published, String.valueOf(e.getMessage()));
			}
			ReportImport.Outcome done = outcome;
			String shown = message;
			Display.getDefault().asyncExec(() -> {
				if (done != null) {
					ReportEditors.open(window, done.report());
				}
				if (shown != null) {
					Dialogs.tell(shell, TITLE, shown, done == null ? MessageDialog.ERROR : MessageDialog.WARNING);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static String notImported(IFile published, String reason) {
		return "无法导入 " + published.getName() + "：" + reason + "\n没有写出任何文件。";
	}

	/** What to tell after an import: null when the importer was sure of everything. */
	private static String warnings(IFile published, ReportImport.Outcome outcome) {
		List<String> warnings = outcome.imported().warnings();
		if (warnings.isEmpty()) {
			return null;
		}
		StringBuilder message = new StringBuilder("已导入 " + published.getName() + " → " + outcome.report().getName() + "（"
				+ outcome.imported().summary() + "）。\n请核对以下 " + warnings.size() + " 处（报告中标有 // 导入：…）：");
		warnings.stream().limit(SHOWN_WARNINGS).forEach(warning -> message.append("\n• ").append(warning));
		if (warnings.size() > SHOWN_WARNINGS) {
			message.append("\n……另有 ").append(warnings.size() - SHOWN_WARNINGS).append(" 处");
		}
		return message.toString();
	}

	private static IFile published(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && file.exists() && file.getFileExtension() != null
					&& !file.getFileExtension().equalsIgnoreCase(ImportTargets.EXTENSION.substring(1))) {
				return file;
			}
		}
		return null;
	}
}
