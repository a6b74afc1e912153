package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.document;
import static org.gongkai.language.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.gongkai.language.ui.workspace.ProblemMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes as the Problems view and Ctrl+1 find them (the workbench's marker help registry): the language
 * server's fixes, applied to the report's text, after which the marker goes away.
 */
class QuickFixTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("quickfix");
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aWrongTotalBecomesItsSumInTheEditor() throws Exception {
		IFile file = Workbench.example(project, "zeku-2023.gongkai");
		ITextEditor editor = Workbench.open(file);
		IMarker marker = waitFor("the review.total marker", () -> marker(file, "review.total"));

		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of("改为 0（各项之和）"), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		resolutions[0].run(marker);

		String line = "reconsideration:   upheld 0, corrected 0, other 0, pending 0, total 0";
		assertTrue(document(editor).get().contains(line), document(editor).get());
		assertTrue(contents(file).contains(line), "a report without unsaved changes is saved with its fix");
		waitFor("the review.total marker to go", () -> marker(file, "review.total") == null);
	}

	@Test
	void aMissingPartIsInsertedIntoAClosedFile() throws Exception {
		String example = contents(Workbench.example(project, "gongbujiangda-2023.gongkai"));
		int start = example.indexOf("  section review <");
		int end = example.indexOf(">", start) + 2;
		IFile file = Workbench.file(project, "missing-review.gongkai", example.substring(0, start) + example.substring(end));
		IMarker marker = waitFor("the section.missing marker", () -> marker(file, "section.missing"));
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));

		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length);
		resolutions[0].run(marker);

		String fixed = contents(file);
		assertTrue(fixed.contains("  section review <"), fixed);
		waitFor("the section.missing marker to go", () -> marker(file, "section.missing") == null);
		assertFalse(fixed.equals(example.substring(0, start) + example.substring(end)));
	}

	private static IMarker marker(IFile file, String code) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).findFirst().orElse(null);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String contents(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
