package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.document;
import static org.gongkai.language.ui.tests.Workbench.lineOf;
import static org.gongkai.language.ui.tests.Workbench.markers;
import static org.gongkai.language.ui.tests.Workbench.waitFor;
import static org.gongkai.language.ui.tests.Workbench.waitForEqual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A broken example in the editor: the Generic Editor opens it, the template's rules are markers with their codes on
 * the right lines and tokens (in the Problems view too), and fixing a cell removes its marker as one types.
 */
class EditorMarkersTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("markers");
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void brokenExampleShowsTheTemplatesRulesAsMarkers() throws Exception {
		IFile file = Workbench.example(project, "zeku-2023.gongkai");
		ITextEditor editor = Workbench.open(file);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		String text = document(editor).get();
		// TEMPLATE.md, "What each seed report must produce": zeku-2023, and its three 处理决定数量 printed empty (cell.blank)
		List<String> expected = sorted(
				"warning format.year " + lineOf(text, "format  2019") + " «format  2019»",
				"error apply.balance " + lineOf(text, "charity:") + " «charity»",
				"error apply.balance " + lineOf(text, "other-org:") + " «other-org»",
				"error apply.balance " + lineOf(text, "total:     new 518") + " «total»",
				"error review.total " + lineOf(text, "reconsideration:") + " «1»",
				"warning cell.blank " + lineOf(text, "licensing:      previous") + " «-»",
				"warning cell.blank " + lineOf(text, "other-services: previous") + " «-»",
				"warning cell.blank " + lineOf(text, "punishment:     previous") + " «-»");
		waitForEqual(expected, () -> markers(file, text));
		Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Workbench.page().activate(editor);
		editor.selectAndReveal(text.indexOf("charity:"), 0);
		Workbench.screenshot("screenshot-editor-markers");
	}

	@Test
	void fixingTheCellRemovesItsMarker() throws Exception {
		IFile file = Workbench.example(project, "zeku-2023.gongkai");
		ITextEditor editor = Workbench.open(file);
		IDocument document = document(editor);
		String before = document.get();
		String charity = "error apply.balance " + lineOf(before, "charity:") + " «charity»";
		String otherOrg = "error apply.balance " + lineOf(before, "other-org:") + " «other-org»";
		waitFor("the charity marker", () -> markers(file, before).contains(charity));

		// 53 received + 18 carried over = 0 handled + 71 carried on
		String row = "charity:   new 53, carried 18, total 0, next 0";
		int at = before.indexOf(row);
		document.replace(at, row.length(), row.replace("next 0", "next 71"));
		String after = document.get();

		List<String> markers = waitFor("the charity marker to go", () -> {
			List<String> now = markers(file, after);
			// the other columns stay wrong: no markers at all is the builder between deleting and writing them
			return now.contains(charity) || now.isEmpty() ? null : now;
		});
		assertTrue(markers.contains(otherOrg), () -> "the other column is still wrong: " + markers);
	}

	private static List<String> sorted(String... markers) {
		return List.of(markers).stream().sorted().toList();
	}
}
