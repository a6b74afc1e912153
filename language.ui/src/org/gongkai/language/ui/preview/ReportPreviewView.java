package org.gongkai.language.ui.preview;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.service.OperationCanceledError;
import org.gongkai.language.ide.preview.ReportPreviews.Part;
import org.gongkai.language.ide.preview.ReportPreviews.Preview;
import org.gongkai.language.ui.GongkaiUi;
import org.gongkai.language.ui.editor.OnDocumentChanged;
import org.gongkai.language.ui.workspace.ReportChecker;
import org.gongkai.language.ui.workspace.WorkspaceReports;

/**
 * 报告预览: the report of the active Gongkai editor as the html format prints it, made by the language server's own
 * code ({@code ReportPreviews}, as {@code gongkai/preview}), refreshed {@value #DELAY_MS} ms after the text changes.
 * While the report has errors the last good rendering stays under a line counting them (a click there shows the
 * first), as in the browser workbench and VS Code. As there, the preview scrolls to the part under the editor's cursor
 * when the cursor enters another part ({@link Preview#partAt}). Without a browser engine (SWT cannot create a Browser)
 * the view says what to install.
 */
public class ReportPreviewView extends ViewPart {

	public static final String ID = "org.gongkai.language.ui.preview";

	static final int DELAY_MS = 100;

	public static final String NO_BROWSER = "预览需要浏览器引擎，但 Eclipse 未能创建浏览器控件。"
			+ "在 Linux 上请安装 WebKitGTK（Debian/Ubuntu：sudo apt-get install libwebkit2gtk-4.1-0），然后重启 Eclipse。";

	private static final String MESSAGE = "<html><body><p style=\"font: 15px sans-serif; color: #5b6270; padding: 2em\">%s</p></body></html>";
	static final String NO_REPORT = "打开一份 Gongkai 年度报告（.gongkai），这里显示它印出来的样子。";
	static final String WAITING = "这份报告还有错误。改正后，这里显示印出来的样子。";

	private Composite root;
	private Label status;
	private Browser browser;

	private ITextEditor editor;
	private IDocument document;
	private ISelectionProvider selections;
	/** The line (0-based) of the editor's cursor. */
	private int line;
	/** The id of the part last scrolled to, or null: the preview scrolls only when the cursor enters another part. */
	private String followed;
	private volatile IFile file;
	private String shownHtml;
	private Preview last;
	/** Where the reader had scrolled to, restored when the new rendering has loaded. */
	private int scroll;
	/** While a rendering is being shown (reading the scroll position runs the event loop). */
	private boolean showing;

	/** Counts the texts asked for: an answer about an older one is dropped. */
	private final AtomicInteger asked = new AtomicInteger();

	private final IDocumentListener changes = new OnDocumentChanged(this::schedule);

	private final ISelectionChangedListener cursor = event -> {
		if (event.getSelection() instanceof ITextSelection selection && selection.getStartLine() >= 0) {
			line = selection.getStartLine();
			scrollToCursor();
		}
	};

	private final Runnable refresh = this::refresh;

	private final Job job = new Job("报告预览") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			IFile report = file;
			int number = asked.get();
			if (report == null) {
				return Status.OK_STATUS;
			}
			try {
				Preview preview = ReportChecker.preview(report, monitor::isCanceled);
				Display display = root.getDisplay();
				if (!display.isDisposed()) {
					display.asyncExec(() -> show(report, number, preview));
				}
			} catch (OperationCanceledError e) {
				// the text changed meanwhile: it is asked for again
			} catch (IOException | RuntimeException e) {
				GongkaiUi.log("预览 " + report.getFullPath() + " 时出错", e);
			}
			return Status.OK_STATUS;
		}
	};

	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart part) {
				follow(part);
			}
		}

		@Override
		public void partInputChanged(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
				follow((IEditorPart) reference.getPart(false));
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		root.setLayout(layout);
		status = new Label(root, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status.addMouseListener(new MouseAdapter() {
			@Override
			public void mouseUp(MouseEvent e) {
				showFirstError();
			}
		});
		try {
			browser = new Browser(root, SWT.NONE);
			browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			browser.addProgressListener(ProgressListener.completedAdapter(event -> {
				if (scroll > 0) {
					browser.execute("window.scrollTo(0, " + scroll + ");");
				} else {
					scrollToCursor();
				}
			}));
		} catch (SWTError e) {
			// no browser engine (on Linux: no WebKitGTK)
			browser = null;
			GongkaiUi.log("报告预览：无法创建浏览器控件", e);
			say(NO_BROWSER, false);
			root.layout(true, true);
			return;
		}
		setTitleToolTip("Gongkai 年度报告印出来的样子");
		getSite().getPage().addPartListener(parts);
		follow(getSite().getPage().getActiveEditor());
	}

	/** Shows the report of this editor from now on (when it is a report's), or nothing with null. */
	private void follow(IEditorPart part) {
		IFile report = part instanceof ITextEditor ? part.getEditorInput().getAdapter(IFile.class) : null;
		if (part != null && !WorkspaceReports.isReport(report)) {
			return; // another kind of editor: the report shown stays
		}
		if (part == editor) {
			return;
		}
		if (document != null) {
			document.removeDocumentListener(changes);
			selections.removeSelectionChangedListener(cursor);
		}
		editor = (ITextEditor) part;
		document = editor == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
		file = editor == null ? null : report;
		shownHtml = null;
		last = null;
		asked.incrementAndGet();
		if (document == null) {
			editor = null;
			file = null;
			setContentDescription("");
			message(NO_REPORT);
			say("", false);
			return;
		}
		document.addDocumentListener(changes);
		selections = editor.getSelectionProvider();
		selections.addSelectionChangedListener(cursor);
		line = selections.getSelection() instanceof ITextSelection selection ? Math.max(0, selection.getStartLine()) : 0;
		setContentDescription(report.getName());
		message("正在检查…");
		say("", false);
		refresh();
	}

	private void schedule() {
		asked.incrementAndGet();
		root.getDisplay().timerExec(DELAY_MS, refresh);
	}

	private void refresh() {
		if (root.isDisposed()) {
			return;
		}
		job.cancel();
		job.schedule();
	}

	private void show(IFile report, int number, Preview preview) {
		if (root.isDisposed() || report != file || number != asked.get()) {
			return;
		}
		if (showing) {
			root.getDisplay().timerExec(20, () -> show(report, number, preview));
			return;
		}
		last = preview;
		if (preview.html() != null) {
			if (!preview.html().equals(shownHtml)) {
				showing = true;
				try {
					scroll = shownHtml == null ? 0 : scrollY();
				} finally {
					showing = false;
				}
				if (root.isDisposed() || report != file || number != asked.get()) {
					return;
				}
				if (shownHtml == null) {
					followed = null;
				}
				shownHtml = preview.html();
				browser.setText(shownHtml);
			}
			say(preview.warnings() > 0 ? "可以打印（另有 " + preview.warnings() + " 处警告）" : "可以打印", false);
		} else if (preview.errors() > 0) {
			if (shownHtml == null) {
				message(WAITING);
			}
			say("还有 " + preview.errors() + " 处错误，改正后才能打印和下载" + (shownHtml != null ? "；预览为最近一次无错误时的样子" : "")
					+ (preview.firstError() != null ? "（点此转到第一处）" : ""), true);
		} else {
			shownHtml = null;
			message(NO_REPORT);
			say("", false);
		}
	}

	/** Scrolls the rendering to the part under the cursor, when the cursor has entered another part. */
	private void scrollToCursor() {
		Preview preview = last;
		String id = shownHtml == null || preview == null ? null : preview.partAt(line).map(Part::id).orElse(null);
		if (id != null && !id.equals(followed)) {
			followed = id;
			// the id is a part's keyword (overview, apply …): nothing to escape
			browser.execute("var part = document.getElementById('" + id + "'); if (part) part.scrollIntoView({block: 'start'});");
		}
	}

	private int scrollY() {
		try {
			return browser.evaluate("return window.scrollY;") instanceof Number y ? y.intValue() : 0;
		} catch (SWTException e) {
			return 0;
		}
	}

	private void message(String text) {
		shownHtml = null;
		scroll = 0;
		browser.setText(String.format(MESSAGE, text));
	}

	private void say(String text, boolean errors) {
		status.setText(text);
		status.setForeground(errors ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		GridData data = (GridData) status.getLayoutData();
		data.exclude = text.isEmpty();
		status.setVisible(!text.isEmpty());
		root.layout(true, true);
	}

	private void showFirstError() {
		Preview preview = last;
		if (editor == null || preview == null || preview.firstError() == null) {
			return;
		}
		try {
			int offset = document.getLineOffset(preview.firstError().line()) + preview.firstError().character();
			editor.selectAndReveal(Math.min(offset, document.getLength()), 0);
			getSite().getPage().activate(editor);
		} catch (BadLocationException e) {
			// the text changed meanwhile
		}
	}

	/** The browser showing the report, or null without a browser engine. */
	public Browser browser() {
		return browser;
	}

	/** The line above the report: 可以打印, or how many errors are left; empty when there is nothing to say. */
	public String status() {
		return status.getText();
	}

	@Override
	public void setFocus() {
		(browser != null ? browser : root).setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(parts);
		if (document != null) {
			document.removeDocumentListener(changes);
			selections.removeSelectionChangedListener(cursor);
		}
		job.cancel();
		super.dispose();
	}
}
