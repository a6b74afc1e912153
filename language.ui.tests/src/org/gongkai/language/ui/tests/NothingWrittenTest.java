package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.markers;
import static org.gongkai.language.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.gongkai.language.template.Skeleton;
import org.gongkai.language.ui.GongkaiLanguage;
import org.gongkai.language.ui.preview.ReportPreviewView;
import org.gongkai.language.ui.workspace.ReportRevalidation;
import org.junit.jupiter.api.Test;

/**
 * Nothing written that the user did not ask for: after a session (a report opened, edited, saved, the workspace built,
 * the preview shown and following the cursor, a new report and next year's report started) the project's folder on disk holds what the
 * project's set-up made and the reports written or asked for, nothing else: no src-gen/, no caches, no lock files.
 * Tried against the plug-in with Xtext's generator run after each check (src-gen/ written) and with the new-report
 * wizard setting the file's charset (an entry in .settings/org.eclipse.core.resources.prefs): both fail here.
 */
class NothingWrittenTest {

	@Test
	void aSessionLeavesOnlyTheReportsInTheFolder() throws Exception {
		IProject project = Workbench.project("nothing-written");
		Path folder = project.getLocation().toFile().toPath();
		Map<String, String> setUp = onDisk(folder);
		// Eclipse's own: the project's description and its encoding
		assertEquals(Set.of(".project", ".settings/", ".settings/org.eclipse.core.resources.prefs"), setUp.keySet(), "what IProject.create makes");

		IFile report = Workbench.example(project, "gongbujiangda-2023.gongkai");
		ITextEditor editor = Workbench.open(report);
		IDocument document = Workbench.document(editor);
		document.replace(0, 0, "// 改过\n");
		editor.doSave(null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.gongkai.language.ui.preview.open", null);
		Browser browser = ((ReportPreviewView) Workbench.page().findView(ReportPreviewView.ID)).browser();
		waitFor("the report in the preview", () -> PreviewTest.text(browser).contains("工布江达县人民政府"), () -> PreviewTest.text(browser));
		editor.selectAndReveal(document.get().indexOf("section apply"), 0);

		WizardDialog newReport = Workbench.wizard("org.gongkai.language.ui.newReport", project);
		Workbench.fill(newReport.getShell(), "organ", "某县人民政府");
		Workbench.fill(newReport.getShell(), "year", "2024");
		assertTrue(newReport.getCurrentPage().getWizard().performFinish(), newReport.getCurrentPage().getDescription());
		newReport.close();
		WizardDialog wizard = Workbench.wizard("org.gongkai.language.ui.nextYear", report);
		assertTrue(wizard.getCurrentPage().getWizard().performFinish(), wizard.getCurrentPage().getDescription());
		wizard.close();
		String next = Skeleton.fileName("工布江达县人民政府", 2024);
		IFile nextFile = project.getFile(next);
		waitFor("the reports checked", () -> !markers(nextFile, "").isEmpty() && ReportRevalidation.INSTANCE.getState() == Job.NONE);

		Workbench.page().closeAllEditors(true);
		Workbench.page().hideView(Workbench.page().findView(ReportPreviewView.ID));
		ResourcesPlugin.getWorkspace().save(true, null);

		Set<String> written = Set.of("gongbujiangda-2023.gongkai", next, Skeleton.fileName("某县人民政府", 2024));
		Map<String, String> after = onDisk(folder);
		List<String> differences = new ArrayList<>();
		after.keySet().stream().filter(name -> !setUp.containsKey(name) && !written.contains(name)).forEach(name -> differences.add("written: " + name));
		written.stream().filter(name -> !after.containsKey(name)).forEach(name -> differences.add("missing: " + name));
		setUp.forEach((name, content) -> {
			if (!content.equals(after.get(name))) {
				differences.add("changed: " + name + "\n" + after.get(name));
			}
		});
		assertEquals(List.of(), differences);
	}

	@Test
	void generationOnBuildIsOffInTheServicesEclipseUses() throws Exception {
		// the Xtext builders ask this before they generate; the plug-in's own checking never generates
		String text = Workbench.exampleText("gongbujiangda-2023.gongkai");
		assertFalse(GongkaiLanguage.injector().getInstance(IShouldGenerate.class).shouldGenerate(GongkaiLanguage.parse(text), () -> false));
	}

	/** Every file and folder below the folder, relative to it (a folder ending in "/"), with its content ("" for a folder). */
	private static Map<String, String> onDisk(Path folder) throws IOException {
		Map<String, String> found = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.filter(path -> !path.equals(folder))::iterator) {
				boolean directory = Files.isDirectory(path);
				found.put(folder.relativize(path).toString().replace('\\', '/') + (directory ? "/" : ""),
						directory ? "" : new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
			}
		}
		return found;
	}

}
