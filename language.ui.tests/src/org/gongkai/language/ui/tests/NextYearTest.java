package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.markers;
import static org.gongkai.language.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.gongkai.language.report.NextYear;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Skeleton;
import org.gongkai.language.ui.commands.NextYearHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 从上年报告开始: File → New's wizard and the Project Explorer's command write next year's report beside last year's,
 * open it, and its {@code previous} checks hold; never over a file.
 */
class NextYearTest {

	private static final String COMMAND = "org.gongkai.language.ui.nextYear";

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("next-year");
	}

	@AfterEach
	void close() {
		Explorer.closeDialogs(NextYearHandler.TITLE);
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theWizardStartsNextYearsReportBesideLastYearsAndOpensIt() throws Exception {
		IFile last = Workbench.example(project, "gongbujiangda-2023.gongkai"); // 规范性文件 现行有效 12
		String name = Skeleton.fileName("工布江达县人民政府", 2024);

		WizardDialog dialog = wizard(last);
		WizardPage page = (WizardPage) dialog.getCurrentPage();
		assertTrue(page.isPageComplete(), page.getErrorMessage());
		assertTrue(Workbench.labels(dialog.getShell()).contains("next-year/" + name), Workbench.labels(dialog.getShell()).toString());
		Workbench.screenshot("next-year-wizard");
		assertTrue(page.getWizard().performFinish());
		dialog.close();

		ITextEditor editor = Explorer.waitForEditor(name, NextYearHandler.TITLE);
		IFile next = project.getFile(name);
		String text = new String(next.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(text, Workbench.document(editor).get());
		assertTrue(text.matches("(?s).*\n  previous +\"工布江达县2023\"\n.*"), text);
		assertNoPreviousWarnings(next, text);

		WizardDialog again = wizard(last);
		assertFalse(again.getCurrentPage().isPageComplete());
		assertEquals(name + " 已存在，不会覆盖", ((WizardPage) again.getCurrentPage()).getErrorMessage());
		again.close();
	}

	@Test
	void theCommandOnAReportDoesTheSameAndNeverOverwrites() throws Exception {
		String lastText = Skeleton.of("某县人民政府", 2022, Formats.FORMAT_2021, OrganLevel.GOVERNMENT)
				.replace("section apply < >", "section apply < natural: new 2, next 2 >");
		IFile last = Workbench.file(project, "某县2022.gongkai", lastText);
		String name = Skeleton.fileName("某县人民政府", 2023);
		Explorer explorer = new Explorer();
		assertTrue(explorer.menu(last).contains(NextYearHandler.TITLE), explorer.menu(last).toString());

		explorer.runFromMenu(last, NextYearHandler.TITLE);
		Explorer.waitForEditor(name, NextYearHandler.TITLE);
		IFile next = project.getFile(name);
		String text = new String(next.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertNoPreviousWarnings(next, text);

		Workbench.write(next, "// 我写过的\n" + text);
		explorer.execute(COMMAND, last);
		String message = Explorer.dialogText(NextYearHandler.TITLE);
		assertTrue(message.contains(name + " 已存在，不会覆盖"), message);
		assertTrue(message.contains("没有写出任何文件"), message);
		assertEquals("// 我写过的\n" + text, new String(next.getContents().readAllBytes(), StandardCharsets.UTF_8));
		Explorer.closeDialogs(NextYearHandler.TITLE);

		IFile nameless = Workbench.file(project, "草稿.gongkai", "report \"草稿\" { }\n");
		explorer.execute(COMMAND, nameless);
		message = Explorer.dialogText(NextYearHandler.TITLE);
		assertTrue(message.contains("草稿.gongkai " + NextYear.NO_ORGAN_OR_YEAR), message);
		assertEquals(List.of(name, "某县2022.gongkai", "草稿.gongkai").stream().sorted().toList(),
				Arrays.stream(project.members()).map(IResource::getName).filter(n -> n.endsWith(".gongkai")).sorted().toList());
	}

	/** Waits until the report is checked (its placeholders are pointed out) and finds no {@code previous.*} warning. */
	private static void assertNoPreviousWarnings(IFile file, String text) {
		List<String> markers = waitFor("the new report checked", () -> {
			List<String> found = markers(file, text);
			return found.stream().anyMatch(m -> m.contains(" text.placeholder ")) ? found : null;
		}, () -> markers(file, text));
		assertTrue(markers.stream().noneMatch(m -> m.split(" ")[1].startsWith("previous.")), markers.toString());
	}

	private static WizardDialog wizard(IFile selected) throws Exception {
		return Workbench.wizard("org.gongkai.language.ui.nextYear", selected);
	}
}
