package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.document;
import static org.gongkai.language.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.ui.editor.TokenStyles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the editor offers on a report: completion, hover, colouring, outline and formatting. */
class EditorServicesTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("services");
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void contentAssistAtACellOffersTheColumnsFieldsWithTheirLabels() throws Exception {
		IFile file = Workbench.example(project, "zeku-2023.gongkai");
		ITextEditor editor = Workbench.open(file);
		String text = document(editor).get();
		String before = "direct-suit:       upheld 0, ";
		editor.selectAndReveal(text.indexOf(before) + before.length(), 0);
		Set<Shell> shells = Set.of(Display.getCurrent().getShells());
		editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);

		List<String> proposals = waitFor("the completion popup", () -> proposals(shells));
		Workbench.screenshot("screenshot-content-assist");
		assertTrue(proposals.contains("corrected – 结果纠正"), () -> proposals.toString());
		assertTrue(proposals.contains("pending – 尚未审结"), () -> proposals.toString());
		assertTrue(proposals.contains("total – 总计"), () -> proposals.toString());
		assertTrue(proposals.stream().noneMatch(p -> p.startsWith("natural")), () -> "applicants are no field of part 四: " + proposals);
	}

	@Test
	void hoverOnAColumnKeywordShowsItsOfficialLabelAndPart() throws Exception {
		IFile file = Workbench.example(project, "zeku-2023.gongkai");
		ITextEditor editor = Workbench.open(file);
		String text = document(editor).get();
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		ITextHover hover = configuration(editor).getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE);
		int offset = text.indexOf("direct-suit:") + 3;

		IRegion region = hover.getHoverRegion(viewer, offset);
		Object info = ((ITextHoverExtension2) hover).getHoverInfo2(viewer, region);

		PartTemplate review = Formats.FORMAT_2019.part("review").orElseThrow();
		String label = review.table().column("direct-suit").orElseThrow().fullLabel();
		assertTrue(info instanceof String hoverText && hoverText.startsWith(label + "\n\n") && hoverText.contains(review.fullHeading()),
				() -> "hover: " + info);
	}

	@Test
	void keywordsNumbersStringsReferencesAndCommentsHaveTheirColours() throws Exception {
		String text = """
				// 注释
				报告 "某县2024" {
				  机关 "某县人民政府"
				  year 2024
				  preamble "本报告是${organ}的年度报告"
				  section review < reconsideration: upheld 2, pending 1 >
				}
				""";
		IFile file = Workbench.file(project, "colours.gongkai", text);
		ITextEditor editor = Workbench.open(file);
		StyledText styled = Workbench.styledText(editor);

		assertColour(TokenStyles.COMMENT, styled, text.indexOf("注释"));
		assertColour(TokenStyles.KEYWORD, styled, text.indexOf("报告"));
		assertColour(TokenStyles.KEYWORD, styled, text.indexOf("机关"));
		assertColour(TokenStyles.KEYWORD, styled, text.indexOf("year"));
		assertColour(TokenStyles.NUMBER, styled, text.indexOf("2024\n"));
		assertColour(TokenStyles.STRING, styled, text.indexOf("本报告是"));
		assertColour(TokenStyles.REFERENCE, styled, text.indexOf("${organ}") + 2);
		StyleRange brace = styled.getStyleRangeAtOffset(text.indexOf("{"));
		assertTrue(brace == null || brace.foreground == null, "punctuation keeps the text colour");
		// the total of 行政复议 is left out: the view computes it, and its column keyword is underlined
		StyleRange computed = styled.getStyleRangeAtOffset(text.indexOf("reconsideration"));
		assertEquals(TokenStyles.COMPUTED.rgb(), computed.foreground.getRGB());
		assertTrue(computed.underline, "a column with a computed total is underlined");
		assertTrue(!styled.getStyleRangeAtOffset(text.indexOf("upheld")).underline);
	}

	@Test
	void outlineShowsTheReportItsPartsAndColumnsByTheirOfficialNames() throws Exception {
		IFile file = Workbench.example(project, "zeku-2023.gongkai");
		ITextEditor editor = Workbench.open(file);
		IViewPart outline = Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		Tree tree = waitFor("the outline", () -> {
			Control control = ((PageBookView) outline).getCurrentPage().getControl();
			return control instanceof Tree t && t.getItemCount() > 0 ? t : null;
		});

		TreeItem report = tree.getItem(0);
		assertEquals("泽库县2023", report.getText());
		List<String> parts = new ArrayList<>();
		for (TreeItem part : report.getItems()) {
			parts.add(part.getText());
		}
		assertEquals(Formats.FORMAT_2019.parts().stream().map(PartTemplate::fullHeading).toList(), parts);
		TreeItem review = report.getItem(3);
		assertEquals(List.of("行政复议", "未经复议直接起诉", "复议后起诉"), List.of(review.getItems()).stream().map(TreeItem::getText).toList());
	}

	@Test
	void ctrlShiftFFormatsTheReport() throws Exception {
		String text = "report \"某县2024\" {\norgan    \"某县人民政府\"\n      year 2024\n}\n";
		IFile file = Workbench.file(project, "format.gongkai", text);
		ITextEditor editor = Workbench.open(file);

		editor.getSite().getService(IHandlerService.class).executeCommand("org.gongkai.language.ui.format", null);

		assertEquals("report \"某县2024\" {\n  organ \"某县人民政府\"\n  year  2024\n}\n", document(editor).get());
	}

	private static void assertColour(TokenStyles style, StyledText styled, int offset) {
		StyleRange range = styled.getStyleRangeAtOffset(offset);
		assertTrue(range != null && range.foreground != null, () -> style + " at " + offset + ": no colour");
		RGB rgb = range.foreground.getRGB();
		assertEquals(style.rgb(), rgb, () -> style + " at " + offset);
	}

	/** The generic editor's viewer configuration (protected in AbstractTextEditor). */
	private static SourceViewerConfiguration configuration(ITextEditor editor) throws Exception {
		Method method = AbstractTextEditor.class.getDeclaredMethod("getSourceViewerConfiguration");
		method.setAccessible(true);
		return (SourceViewerConfiguration) method.invoke(editor);
	}

	/** The items of a completion popup that opened since, once it is done computing. */
	private static List<String> proposals(Set<Shell> before) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (before.contains(shell) || !shell.isVisible()) {
				continue;
			}
			Table table = table(shell);
			if (table != null && table.getItemCount() > 0) {
				List<String> items = new ArrayList<>();
				for (TableItem item : table.getItems()) {
					items.add(item.getText());
				}
				if (items.stream().noneMatch(i -> i.toLowerCase().contains("computing"))) {
					return items;
				}
			}
		}
		return null;
	}

	private static Table table(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Table table) {
				return table;
			}
			if (child instanceof Composite inner) {
				Table table = table(inner);
				if (table != null) {
					return table;
				}
			}
		}
		return null;
	}
}
