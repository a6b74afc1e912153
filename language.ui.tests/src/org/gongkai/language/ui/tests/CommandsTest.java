package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Skeleton;
import org.gongkai.language.ui.commands.GenerateHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Generate report" on a report in the editor, and the "Gongkai 年度报告" new-file wizard. */
class CommandsTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("commands");
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void generateWritesHtmlAndDocxBesideTheReport() throws Exception {
		IFile file = Workbench.example(project, "gongbujiangda-2023.gongkai");
		Workbench.open(file);

		String message = generate();

		Path html = file.getLocation().toFile().toPath().resolveSibling("gongbujiangda-2023.html");
		assertTrue(message.contains("已生成 gongbujiangda-2023.html"), message);
		assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("工布江达县人民政府"));
		// Apache POI comes with the update site
		Path docx = html.resolveSibling("gongbujiangda-2023.docx");
		assertTrue(message.contains("已生成 gongbujiangda-2023.docx"), message);
		assertEquals("PK", new String(Files.readAllBytes(docx), 0, 2, StandardCharsets.ISO_8859_1));
		assertTrue(project.getFile("gongbujiangda-2023.html").exists(), "the folder is refreshed");
		assertTrue(project.getFile("gongbujiangda-2023.docx").exists(), "the folder is refreshed");
	}

	@Test
	void generateAsWritesEachFormatAlone() throws Exception {
		IFile file = Workbench.example(project, "gongbujiangda-2023.gongkai");
		Workbench.open(file);
		Path report = file.getLocation().toFile().toPath();

		String markdown = generate("md");
		String json = generate("json");

		assertEquals("已生成 gongbujiangda-2023.md", markdown.strip());
		assertTrue(Files.readString(report.resolveSibling("gongbujiangda-2023.md"), StandardCharsets.UTF_8).contains("工布江达县人民政府"));
		assertEquals("已生成 gongbujiangda-2023.json", json.strip());
		assertTrue(Files.readString(report.resolveSibling("gongbujiangda-2023.json"), StandardCharsets.UTF_8).contains("\"organ\""));
		assertFalse(Files.exists(report.resolveSibling("gongbujiangda-2023.html")), "only the format asked for");
	}

	@Test
	void generateRefusesAReportWithErrors() throws Exception {
		IFile file = Workbench.example(project, "zeku-2023.gongkai");
		Workbench.open(file);

		String message = generate();

		assertTrue(message.contains("有 4 处错误，未生成"), message);
		assertFalse(Files.exists(file.getLocation().toFile().toPath().resolveSibling("zeku-2023.html")));
	}

	@Test
	void generateNeverOverwritesAFileGongkaiDidNotWrite() throws Exception {
		IFile file = Workbench.example(project, "gongbujiangda-2023.gongkai");
		IFile mine = Workbench.file(project, "gongbujiangda-2023.html", "<html>我自己的文件</html>");
		Workbench.open(file);

		String message = generate();

		assertTrue(message.contains("不覆盖"), message);
		assertEquals("<html>我自己的文件</html>", Files.readString(mine.getLocation().toFile().toPath(), StandardCharsets.UTF_8));
	}

	@Test
	void wizardWritesTheSkeletonOfGongkaiNewAndNeverOverwrites() throws Exception {
		WizardDialog dialog = wizard();
		Workbench.fill(dialog.getShell(), "organ", "某县人民政府");
		Workbench.fill(dialog.getShell(), "year", "2024");
		IWizardPage page = dialog.getCurrentPage();
		assertTrue(page.isPageComplete(), page.getErrorMessage());
		assertTrue(dialog.getCurrentPage().getWizard().performFinish());
		dialog.close();

		IFile file = project.getFile(Skeleton.fileName("某县人民政府", 2024));
		assertEquals(Skeleton.of("某县人民政府", 2024, Formats.DEFAULT, OrganLevel.fromOrganName("某县人民政府")),
				new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
		assertEquals("UTF-8", file.getCharset(), "the content type's charset, none of the file's own in the project's .settings");

		WizardDialog again = wizard();
		Workbench.fill(again.getShell(), "organ", "某县人民政府");
		Workbench.fill(again.getShell(), "year", "2024");
		assertFalse(again.getCurrentPage().isPageComplete());
		assertEquals(file.getName() + " 已存在，不会覆盖", ((WizardPage) again.getCurrentPage()).getErrorMessage());
		again.close();
	}

	private WizardDialog wizard() throws Exception {
		return Workbench.wizard("org.gongkai.language.ui.newReport", project);
	}

	/** Runs 生成报告 in the active editor and returns what the dialog it opens says (closing it). */
	private static String generate() throws Exception {
		return generate(null);
	}

	/** Runs 生成报告 for the formats named (as the menu 生成为 does; null: the default ones). */
	private static String generate(String formats) throws Exception {
		List<Shell> before = List.of(Display.getCurrent().getShells());
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Map<String, String> parameters = formats == null ? Map.of() : Map.of(GenerateHandler.FORMATS, formats);
		Workbench.page().getActiveEditor().getSite().getService(IHandlerService.class).executeCommand(
				ParameterizedCommand.generateCommand(commands.getCommand("org.gongkai.language.ui.generate"), parameters), null);
		Shell dialog = waitFor("the dialog " + GenerateHandler.TITLE, () -> {
			for (Shell shell : Display.getCurrent().getShells()) {
				if (!before.contains(shell) && shell.isVisible() && GenerateHandler.TITLE.equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		});
		List<String> texts = Workbench.labels(dialog);
		dialog.close();
		return String.join("\n", texts);
	}
}
