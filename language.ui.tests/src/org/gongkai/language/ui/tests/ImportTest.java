package org.gongkai.language.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.texteditor.ITextEditor;
import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.ide.output.ReportGeneration;
import org.gongkai.language.ui.GongkaiLanguage;
import org.gongkai.language.ui.commands.ImportHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 导入报告 on a published report in the Project Explorer: a new .gongkai beside it, opened, never over another file. */
class ImportTest {

	private static final String COMMAND = "org.gongkai.language.ui.import";

	private IProject project;
	private Explorer explorer;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("import");
		explorer = new Explorer();
	}

	@AfterEach
	void closeEditors() {
		closeDialogs();
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void importWritesAFreeNameBesideThePublishedFileAndOpensIt() throws Exception {
		IFile published = Workbench.file(project, "工布江达县 2023.txt", seed("gongbujiangda-2023.txt"));

		// through the Project Explorer's context menu, as a clerk does
		explorer.runFromMenu(published, ImportHandler.TITLE);
		ITextEditor editor = waitForEditor("工布江达县 2023.gongkai");
		String imported = text(project.getFile("工布江达县 2023.gongkai"));
		assertGongbujiangda2023(imported);
		assertEquals(imported, Workbench.document(editor).get());
		Workbench.screenshot("import-report");
		closeDialogs();

		// again, through the handler service: the first report stays, the second gets the next free name
		Workbench.write(project.getFile("工布江达县 2023.gongkai"), "// 我改过的\n" + imported);
		execute(published);
		waitForEditor("工布江达县 2023-2.gongkai");
		assertEquals("// 我改过的\n" + imported, text(project.getFile("工布江达县 2023.gongkai")));
		assertEquals(imported, text(project.getFile("工布江达县 2023-2.gongkai")));

		// a file only on disk, not yet in the workspace, is not overwritten either
		Files.writeString(location(project).resolve("工布江达县 2023-3.gongkai"), "不是 Eclipse 知道的文件");
		execute(published);
		waitForEditor("工布江达县 2023-4.gongkai");
		assertEquals("不是 Eclipse 知道的文件", Files.readString(location(project).resolve("工布江达县 2023-3.gongkai")));
	}

	@Test
	void documentsGongkaiWroteImportBackToTheSameReport() throws Exception {
		// the HTML, DOCX and Markdown "生成报告" and gongkai generate write, read back by jsoup, Apache POI and commonmark
		Path example = Path.of(System.getProperty("gongkai.examples"), "gongbujiangda-2023.gongkai");
		DocumentFormats formats = GongkaiLanguage.injector().getInstance(DocumentFormats.class);
		for (String name : List.of("html", "docx", "md")) {
			DocumentFormat format = formats.byName(name).orElseThrow();
			byte[] bytes = new ReportGeneration(GongkaiLanguage.injector()).documents(example, List.of(format)).get(format);
			IFile published = project.getFile("工布江达县 " + name + "." + name);
			published.create(new ByteArrayInputStream(bytes), IResource.NONE, null);

			execute(published);
			waitForEditor("工布江达县 " + name + ".gongkai");
			String imported = text(project.getFile("工布江达县 " + name + ".gongkai"));
			assertGongbujiangda2023(imported);
			closeDialogs();
		}
	}

	@Test
	void aPdfWithoutTextSaysWhatToDo() throws Exception {
		// PDFBox reads it: one empty page, no text layer, as a scanned report
		IFile published = project.getFile("扫描件.pdf");
		published.create(new ByteArrayInputStream(emptyPdf()), IResource.NONE, null);

		execute(published);
		String message = dialogText();

		assertTrue(message.contains("无法导入 扫描件.pdf：这个 PDF 没有文字层"), message);
		assertFalse(project.getFile("扫描件.gongkai").exists());
	}

	@Test
	void aFileThatIsNoReportSaysSoAndWritesNothing() throws Exception {
		IFile published = Workbench.file(project, "通知.txt", "关于做好政府信息公开工作的通知\n请各单位于月底前报送。\n");

		execute(published);
		String message = dialogText();

		assertTrue(message.contains("无法导入 通知.txt：未找到年度报告的表格"), message);
		assertTrue(message.contains("没有写出任何文件"), message);
		Workbench.screenshot("import-no-report");
		assertEquals(List.of("通知.txt"), Arrays.stream(location(project).toFile().list()).filter(n -> !n.startsWith(".")).toList());
	}

	@Test
	void theMenuOffersImportOnPublishedFilesOnly() throws Exception {
		IFile docx = Workbench.file(project, "报告.docx", "");
		IFile pdf = Workbench.file(project, "报告.pdf", "");
		IFile html = Workbench.file(project, "报告.html", "");
		IFile report = Workbench.file(project, "报告.gongkai", "report \"某县2024\" { }\n");

		assertTrue(menu(docx).contains(ImportHandler.TITLE), menu(docx).toString());
		assertTrue(menu(pdf).contains(ImportHandler.TITLE), menu(pdf).toString());
		assertTrue(menu(html).contains(ImportHandler.TITLE), menu(html).toString());
		IFile upper = Workbench.file(project, "报告2.PDF", "");
		assertTrue(menu(upper).contains(ImportHandler.TITLE), "upper case: " + menu(upper));
		List<String> onReport = menu(report);
		assertFalse(onReport.contains(ImportHandler.TITLE), onReport.toString());
		assertTrue(onReport.contains("生成报告"), onReport.toString());

		explorer.screenshotMenu(docx, ImportHandler.TITLE, "import-menu");
	}

	private static void assertGongbujiangda2023(String imported) {
		assertTrue(imported.matches("(?s).*\n  organ +\"工布江达县人民政府\"\n.*"), imported);
		assertTrue(imported.matches("(?s).*\n  year +2023\n.*"), imported);
	}

	/** A PDF of one empty A4 page, its cross-reference table included. */
	private static byte[] emptyPdf() {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		StringBuilder xref = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
		for (int i = 0; i < objects.length; i++) {
			xref.append(String.format("%010d 00000 n \n", pdf.length()));
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int start = pdf.length();
		pdf.append(xref).append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(start)
				.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static String seed(String name) throws Exception {
		return Files.readString(Path.of(System.getProperty("gongkai.published"), name), StandardCharsets.UTF_8);
	}

	private static Path location(IProject project) {
		return project.getLocation().toFile().toPath();
	}

	private static String text(IFile file) throws Exception {
		assertTrue(file.exists(), file + " in the workspace");
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static ITextEditor waitForEditor(String name) {
		return Explorer.waitForEditor(name, ImportHandler.TITLE);
	}

	private static String dialogText() {
		return Explorer.dialogText(ImportHandler.TITLE);
	}

	private static void closeDialogs() {
		Explorer.closeDialogs(ImportHandler.TITLE);
	}

	private void execute(IFile file) throws Exception {
		explorer.execute(COMMAND, file);
	}

	private List<String> menu(IFile file) {
		return explorer.menu(file);
	}
}
