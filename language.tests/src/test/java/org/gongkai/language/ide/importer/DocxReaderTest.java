package org.gongkai.language.ide.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.ide.importer.PublishedDocument.Cell;
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

	static final Path TEMPLATE = Path.of("..", "..", "shared", "templates", "政务公开年报模版.docx");

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	@Inject
	private Documents documents;

	@Inject
	private DocumentFormats formats;

	@TempDir
	Path folder;

	@Test
	void ourDocumentsGiveTheirTablesAsPrinted() throws IOException {
		for (String example : List.of("gongbujiangda-2023", "county-office-2023", "zeku-2023", "zezhou-2024")) {
			ReportView view = documents.example(example);
			Path docx = folder.resolve(example + ".docx");
			Files.write(docx, formats.byName("docx").orElseThrow().render(view));
			PublishedDocument read = new DocxReader().read(docx);
			Published.assertTablesAsPrinted(view, read, UnaryOperator.identity());
			Published.assertParagraphsAsPrinted(view, read, Texts::clean);
		}
	}

	/** The official template as offices circulate it, its cells filled by hand: every number comes back in its place. */
	@Test
	void theOfficialTemplateFilledIn() throws IOException {
		assumeTrue(Files.isRegularFile(TEMPLATE), "needs the shared template " + TEMPLATE);
		Path filled = folder.resolve("filled.docx");
		List<int[]> written = new ArrayList<>();
		try (InputStream in = Files.newInputStream(TEMPLATE); XWPFDocument document = new XWPFDocument(in)) {
			XWPFTable apply = document.getTables().get(1);
			for (int r = 3; r < apply.getRows().size(); r++) {
				List<XWPFTableCell> cells = apply.getRow(r).getTableCells();
				// the last 7 cells of a row of part 三 are its numbers, whatever merges precede them
				for (int c = cells.size() - 7; c < cells.size(); c++) {
					XWPFTableCell cell = cells.get(c);
					while (cell.getParagraphs().size() > 1) {
						cell.removeParagraph(1);
					}
					cell.getParagraphs().get(0).getRuns().forEach(run -> run.setText("", 0));
					cell.getParagraphs().get(0).createRun().setText(Integer.toString(r * 100 + c));
					written.add(new int[] { r, 3 + c - (cells.size() - 7), r * 100 + c });
				}
			}
			try (OutputStream out = Files.newOutputStream(filled)) {
				document.write(out);
			}
		}
		PublishedDocument read = new DocxReader().read(filled);
		List<PublishedDocument.Table> tables = Published.tables(read);
		assertEquals(3, tables.size());

		List<List<Cell>> active = tables.get(0).rows();
		assertEquals(14, active.size(), Published.show(active));
		assertEquals(List.of(Cell.of("第二十条第（一）项"), Cell.COVERED, Cell.COVERED, Cell.COVERED), active.get(0));
		assertEquals(List.of(Cell.of("信息内容"), Cell.of("本年处理决定数量"), Cell.COVERED, Cell.COVERED), active.get(5));

		List<List<Cell>> apply = tables.get(1).rows();
		assertEquals(28, apply.size(), Published.show(apply));
		apply.forEach(row -> assertEquals(10, row.size(), Published.show(apply)));
		assertTrue(apply.get(0).get(0).text().startsWith("（本列数据的勾稽关系为"), Published.show(apply));
		assertEquals(List.of(Cell.COVERED, Cell.COVERED), apply.get(0).subList(1, 3));
		assertEquals(Cell.of("申请人情况"), apply.get(0).get(3));
		assertTrue(apply.get(0).subList(4, 10).stream().allMatch(Cell::covered));
		assertTrue(apply.get(1).subList(0, 3).stream().allMatch(Cell::covered), "vMerge continued over a gridSpan");
		assertEquals(List.of(Cell.COVERED, Cell.of("商业\n企业"), Cell.of("科研\n机构"), Cell.of("社会公益组织"), Cell.of("法律服务机构"),
				Cell.of("其他"), Cell.COVERED), apply.get(2).subList(3, 10));
		assertEquals(Cell.of("三、本年度办理结果"), apply.get(5).get(0));
		for (int r = 6; r <= 26; r++) {
			assertEquals(Cell.COVERED, apply.get(r).get(0), "row " + r);
		}
		assertEquals(List.of(Cell.of("（三）不予公开"), Cell.of("1.属于国家秘密")), apply.get(7).subList(1, 3));
		assertEquals(Cell.COVERED, apply.get(8).get(1));
		for (int[] number : written) {
			assertEquals(Cell.of(Integer.toString(number[2])), apply.get(number[0]).get(number[1]), "row " + number[0] + " column " + number[1]);
		}

		List<List<Cell>> review = tables.get(2).rows();
		assertEquals(4, review.size());
		assertEquals(15, review.get(0).size());
		assertEquals(Cell.of("行政诉讼"), review.get(0).get(5));
		assertEquals(Cell.COVERED, review.get(2).get(0));
		assertEquals(Cell.of("未经复议直接起诉"), review.get(1).get(5));

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
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document".getBytes(StandardCharsets.UTF_8));
		}
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
