package org.gongkai.language.ui.commands;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.gongkai.language.ide.output.FileErrors;
import org.gongkai.language.tally.ApplyReplacement;
import org.gongkai.language.tally.RegisterSheet;
import org.gongkai.language.tally.RegisterTally;
import org.gongkai.language.tally.RegisterUnreadable;
import org.gongkai.language.tally.TallyResult;
import org.gongkai.language.ui.GongkaiLanguage;
import org.gongkai.language.ui.GongkaiUi;

/**
 * 从台账填入…: on a register of applications (.xlsx .csv) in the Project or Package Explorer. Counts part 三 from it
 * ({@link RegisterTally}, as {@code gongkai tally --into} does) and puts the count in place of part 三 of the open
 * report, as one change of its editor: unsaved, taken back by undo, its markers following at once. The report is the
 * active editor's, else the first open report's. A register with mistakes changes nothing and says which rows.
 */
public class TallyHandler extends AbstractHandler {

	public static final String TITLE = "从台账填入";


	@Override
	public Object execute(ExecutionEvent event) {
		IFile register = register(HandlerUtil.getCurrentSelection(event));
		if (register == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		ITextEditor editor = reportEditor(HandlerUtil.getActiveEditor(event), HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		if (editor == null || !editor.isEditable()) {
			Dialogs.tell(shell, TITLE, "请先打开要填入的报告（.gongkai），再在台账 " + register.getName() + " 上选“" + TITLE + "…”。",
					MessageDialog.INFORMATION);
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String text = document.get();
		Job job = Job.create(TITLE + " " + register.getName(), monitor -> {
			String refused;
			TallyResult result = null;
			try {
				result = GongkaiLanguage.injector().getInstance(RegisterTally.class).into(read(register), text, null);
				refused = result.isRefused()
						? result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")) + "\n请按上面所说改正台账后再试。"
						: null;
			} catch (RegisterUnreadable e) {
				refused = e.getMessage();
			} catch (IOException e) {
				refused = "读不到登记台账：" + FileErrors.reason(e, false);
			} catch (CoreException e) {
				refused = "读不到登记台账：" + e.getStatus().getMessage();
			} catch (RuntimeException | LinkageError e) {
				GongkaiUi.log("从台账 " + register.getFullPath() + " 填入时出错", e);
				refused = String.valueOf(e.getMessage());
			}
			String problems = refused;
			TallyResult counted = result;
			Display.getDefault().asyncExec(() -> {
				if (problems != null) {
					Dialogs.tell(shell, TITLE, "未能从登记台账 " + register.getName() + " 填入第三部分，报告没有改动：\n" + problems, MessageDialog.ERROR);
				} else if (!document.get().equals(text)) {
					Dialogs.tell(shell, TITLE, "统计时报告又被改动了，没有填入；请再选一次“" + TITLE + "…”。", MessageDialog.WARNING);
				} else {
					apply(editor, document, counted, register);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	/** The replacement of part 三 as one change of the editor, undone as one; what changed said in its status line. */
	private static void apply(ITextEditor editor, IDocument document, TallyResult result, IFile register) {
		ApplyReplacement replacement = result.replacement();
		String said = "已从 " + register.getName() + " 填入第三部分";
		if (replacement.applyTo(document.get()).equals(document.get())) {
			said = "第三部分与台账 " + register.getName() + " " + result.year() + " 年度的统计相同，未改动";
		} else {
			IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
			if (target != null) {
				target.beginCompoundChange();
			}
			try {
				document.replace(replacement.offset(), replacement.length(), replacement.text());
			} catch (BadLocationException e) {
				GongkaiUi.log("从台账 " + register.getFullPath() + " 填入时出错", e);
				return;
			} finally {
				if (target != null) {
					target.endCompoundChange();
				}
			}
			said += "：改动 " + result.changes().size() + " 个单元格（未保存，可撤销）";
		}
		editor.getSite().getPage().activate(editor);
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(said);
	}

	private static RegisterSheet read(IFile register) throws IOException, CoreException, RegisterUnreadable {
		try (InputStream in = register.getContents(true)) {
			return RegisterSheet.read(in.readAllBytes(), register.getName());
		}
	}

	/** The report to fill: the page's active editor when it is a report's, else the first open report's. */
	private static ITextEditor reportEditor(IEditorPart active, IWorkbenchPage page) {
		if (isReport(active)) {
			return (ITextEditor) active;
		}
		return page == null ? null
				: Arrays.stream(page.getEditorReferences()).map((IEditorReference r) -> r.getEditor(false)).filter(Objects::nonNull)
						.filter(TallyHandler::isReport).map(ITextEditor.class::cast).findFirst().orElse(null);
	}

	private static boolean isReport(IEditorPart part) {
		IFile file = part == null ? null : part.getEditorInput().getAdapter(IFile.class);
		return part instanceof ITextEditor && file != null && GongkaiLanguage.EXTENSION.equalsIgnoreCase(file.getFileExtension());
	}

	private static IFile register(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && file.exists() && RegisterSheet.isRegister(file.getName())) {
				return file;
			}
		}
		return null;
	}
}
