package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.gongkai.language.ui.preview.ReportPreviewView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 打开预览: the report as the html format prints it beside the editor, following the text, in a real Browser. */
class PreviewTest {

	private static final String NUMBER = "licensing:  decisions 821";

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("preview");
	}

	@AfterEach
	void close() {
		Workbench.page().closeAllEditors(false);
		ReportPreviewView view = (ReportPreviewView) Workbench.page().findView(ReportPreviewView.ID);
		if (view != null) {
			Workbench.page().hideView(view);
		}
	}

	@Test
	void previewFollowsTheTextAndKeepsTheLastRenderingWhileThereAreErrors() throws Exception {
		IFile file = Workbench.example(project, "gongbujiangda-2023.gongkai");
		ITextEditor editor = Workbench.open(file);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.gongkai.language.ui.preview.open", null);
		ReportPreviewView view = (ReportPreviewView) Workbench.page().findView(ReportPreviewView.ID);
		assertNotNull(view, "打开预览 shows the view");
		assertEquals(editor, Workbench.page().getActivePart(), "the editor keeps the focus");
		Browser browser = view.browser();
		assertNotNull(browser, "a browser engine (WebKitGTK) is installed: " + ReportPreviewView.NO_BROWSER);

		waitFor("the report in the preview", () -> text(browser).contains("工布江达县人民政府") && text(browser).contains("821"),
				() -> text(browser));
		assertEquals("可以打印（另有 1 处警告）", view.status(), "gongbujiangda-2023 warns of other.fees");

		browser.execute("window.scrollTo(0, 400);");
		waitFor("the preview scrolled", () -> scrollY(browser) >= 400, () -> scrollY(browser));
		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf(NUMBER) + NUMBER.length() - 3;
		long changed = System.currentTimeMillis();
		document.replace(offset, 3, "937");
		waitFor("the new number in the preview", () -> text(browser).contains("937") && !text(browser).contains("821"), () -> text(browser));
		long shown = System.currentTimeMillis() - changed;
		System.out.println("PreviewTest: a number typed → shown in the preview after " + shown + " ms");
		assertTrue(shown < 5_000, "shown after " + shown + " ms");
		waitFor("the reader's place kept", () -> scrollY(browser) >= 400, () -> scrollY(browser));

		document.replace(offset + 2, 0, "x"); // 93x7: a syntax error
		waitFor("the errors counted", () -> view.status().startsWith("还有 1 处错误，改正后才能打印和下载"), view::status);
		assertTrue(view.status().contains("预览为最近一次无错误时的样子"), view.status());
		assertTrue(text(browser).contains("937"), "the last rendering stays: " + text(browser));
		settle();
		Workbench.screenshot("preview-errors");

		document.replace(offset + 2, 1, "");
		waitFor("the report printable again", () -> "可以打印（另有 1 处警告）".equals(view.status()), view::status);
		settle();
		Workbench.screenshot("preview");
	}

	@Test
	void aReportWithErrorsFromTheStartSaysSoAndFollowsTheActiveEditor() throws Exception {
		IFile broken = Workbench.example(project, "zeku-2023.gongkai");
		IFile good = Workbench.example(project, "gongbujiangda-2023.gongkai");
		Workbench.open(broken);
		ReportPreviewView view = (ReportPreviewView) Workbench.page().showView(ReportPreviewView.ID);
		Browser browser = view.browser();
		waitFor("the errors counted", () -> view.status().startsWith("还有 4 处错误，改正后才能打印和下载（"), view::status);
		waitFor("no rendering yet", () -> text(browser).contains("这份报告还有错误"), () -> text(browser));

		Workbench.open(good);
		waitFor("the other report in the preview", () -> text(browser).contains("工布江达县人民政府"), () -> text(browser));
		assertEquals("可以打印（另有 1 处警告）", view.status(), "gongbujiangda-2023 warns of other.fees");
	}

	@Test
	void previewScrollsToThePartUnderTheCursor() throws Exception {
		IFile file = Workbench.example(project, "gongbujiangda-2023.gongkai");
		ITextEditor editor = Workbench.open(file);
		ReportPreviewView view = (ReportPreviewView) Workbench.page().showView(ReportPreviewView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		Browser browser = view.browser();
		waitFor("the report in the preview", () -> text(browser).contains("工布江达县人民政府"), () -> text(browser));
		assertEquals(0, scrollY(browser));
		String text = Workbench.document(editor).get();

		editor.selectAndReveal(text.indexOf("natural:   new 3"), 0); // a line of part 三, apply
		waitFor("part 三 at the top of the preview", () -> "apply".equals(partAtTop(browser)) && scrollY(browser) > 0,
				() -> partAtTop(browser) + " " + scrollY(browser));
		settle();
		Workbench.screenshot("preview-follows-cursor");

		editor.selectAndReveal(text.indexOf("section overview"), 0);
		waitFor("part 一 at the top of the preview", () -> "overview".equals(partAtTop(browser)), () -> partAtTop(browser) + " " + scrollY(browser));
	}

	/** The id of the part (a section of the html format) at the top edge of the browser's window, or "". */
	private static String partAtTop(Browser browser) {
		try {
			Object id = browser.evaluate("var e = document.elementFromPoint(window.innerWidth / 2, 3); var s = e && e.closest('section');"
					+ " return s && Math.abs(s.getBoundingClientRect().top) < 3 ? s.id : '';");
			return id instanceof String string ? string : "";
		} catch (SWTException e) {
			return "";
		}
	}

	/** Runs the event loop half a second, for GTK to paint what changed before a screenshot. */
	private static void settle() {
		long until = System.currentTimeMillis() + 500;
		waitFor("painting", () -> System.currentTimeMillis() >= until);
	}

	private static int scrollY(Browser browser) {
		try {
			return browser.evaluate("return window.scrollY;") instanceof Number y ? y.intValue() : -1;
		} catch (SWTException e) {
			return -1;
		}
	}

	/** What the browser shows, as text; empty while it loads. */
	static String text(Browser browser) {
		try {
			Object text = browser.evaluate("return document.body ? document.body.innerText : '';");
			return text instanceof String string ? string : "";
		} catch (SWTException e) {
			return "";
		}
	}
}
