package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.importer.PublishedDocument.Cell;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.generator.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class DocxReaderTest {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	@Inject
	private Documents documents;

	@Inject
	private DocumentFormats formats;

	@TempDir
	Path folder;

	@Test
	void ourDocumentsGiveTheirTablesAsPrinted() throws IOException {
		for (String example : Published.EXAMPLES) {
			ReportView view = documents.example(example);
			Path docx = folder.resolve(example + ".docx");
			Files.write(docx, formats.byName("docx").orElseThrow().render(view));
			Published.assertAsPrinted(view, new DocxReader().read(docx));
		}
	}

	/** The official template as offices circulate it, its cells filled by hand: every number comes back in its place. */
	@Test
	void theOfficialTemplateFilledIn() throws IOException {
		Path filled = folder.resolve("filled.docx");
		List<int[]> written = FilledTemplate.write(filled);
		PublishedDocument read = new DocxReader().read(filled);
		FilledTemplate.assertTables(read, written, "\n");
		List<String> paragraphs = Published.paragraphs(read);
		assertEquals(List.of("政府信息公开工作年度报告格式模板", "一、总体情况", "（文字描述）", "二、主动公开政府信息情况"), paragraphs.subList(0, 4));
	}

	/** WPS writes merged columns as hMerge (restart, then continue) instead of gridSpan; and a cell may sit in a content control. */
	@Test
	void legacyHorizontalMergesAndContentControls() throws IOException {
		Path docx = folder.resolve("wps.docx");
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
			XWPFTable table = document.createTable(2, 3);
			String[][] texts = { { "行政复议", "", "行政诉讼" }, { "结果维持", "结果纠正", "总计" } };
			for (int r = 0; r < 2; r++) {
				XWPFTableRow row = table.getRow(r);
				for (int c = 0; c < 3; c++) {
					row.getCell(c).setText(texts[r][c]);
				}
			}
			hMerge(table.getRow(0).getCell(0), "restart");
			hMerge(table.getRow(0).getCell(1), null);
			wrapInContentControl(table.getRow(1).getCell(2));
			try (OutputStream out = Files.newOutputStream(docx)) {
				document.write(out);
			}
		}
		PublishedDocument read = new DocxReader().read(docx);
		assertEquals(List.of(List.of(Cell.of("行政复议"), Cell.COVERED, Cell.of("行政诉讼")), List.of(Cell.of("结果维持"), Cell.of("结果纠正"), Cell.of("总计"))),
				Published.tables(read).get(0).rows());
		assertEquals(List.of("四、政府信息公开行政复议、行政诉讼情况"), Published.paragraphs(read));
	}

	@Test
	void anOldWordFileIsRefusedWithWhatToDo() throws IOException, InterruptedException {
		Path docx = folder.resolve("report.docx");
		Files.write(docx, formats.byName("docx").orElseThrow().render(documents.example("gongbujiangda-2023")));
		Optional<Path> doc = Published.convert(docx, "doc", folder.resolve("doc"));
		assumeTrue(doc.isPresent(), "needs soffice to write a .doc");
		byte[] before = Files.readAllBytes(doc.get());
		ImportProblem problem = assertThrows(ImportProblem.class, () -> PublishedReaders.read(doc.get()));
		assertEquals("这是旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入", problem.getMessage());
		Path misnamed = folder.resolve("misnamed.docx");
		Files.copy(doc.get(), misnamed);
		assertEquals(problem.getMessage(), assertThrows(ImportProblem.class, () -> PublishedReaders.read(misnamed)).getMessage());
		assertTrue(Arrays.equals(before, Files.readAllBytes(doc.get())), "the input is never modified");
	}

	@Test
	void aDamagedDocxIsRefused() throws IOException {
		Path docx = folder.resolve("damaged.docx");
		Published.zip(docx, "word/document.xml", "<w:document");
		assertEquals("无法打开这个 Word（.docx）文件，它可能已损坏或并非 .docx：damaged.docx；请在 Word 或 WPS 中打开并另存为 .docx 后再导入",
				assertThrows(ImportProblem.class, () -> PublishedReaders.read(docx)).getMessage());
	}

	private static void hMerge(XWPFTableCell cell, String value) {
		Element properties = (Element) cell.getCTTc().addNewTcPr().getDomNode();
		Element merge = properties.getOwnerDocument().createElementNS(W, "w:hMerge");
		if (value != null) {
			merge.setAttributeNS(W, "w:val", value);
		}
		properties.appendChild(merge);
	}

	/** Moves a cell into a w:sdt/w:sdtContent in its row, as a cell content control. */
	private static void wrapInContentControl(XWPFTableCell cell) {
		Element tc = (Element) cell.getCTTc().getDomNode();
		Element sdt = tc.getOwnerDocument().createElementNS(W, "w:sdt");
		Element content = tc.getOwnerDocument().createElementNS(W, "w:sdtContent");
		tc.getParentNode().replaceChild(sdt, tc);
		sdt.appendChild(content);
		content.appendChild(tc);
	}
}
