package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.generator.Grid;
import org.gongkai.language.generator.Grids;
import org.gongkai.language.generator.ReportTexts;
import org.gongkai.language.generator.ReportTexts.Part;
import org.gongkai.language.generator.ReportTexts.Topic;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

import com.google.inject.Inject;

/**
 * The docx format read back with POI: the page, fonts and line pitch of GB/T 9704, the texts of {@link ReportTexts}
 * in order, and every cell of the three tables as its {@link Grid} prints it, merged cells included.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class DocxFormatTest {

	private static final String EXAMPLE = "gongbujiangda-2023";

	/** The text width in twips: A4's 210 mm less 28 mm and 26 mm. */
	private static final int TEXT_WIDTH = twips(210) - twips(28) - twips(26);

	@Inject
	private Documents documents;

	@Inject
	private DocumentFormats formats;

	@Test
	void pageIsA4WithTheMarginsOfGbT9704() throws IOException {
		try (XWPFDocument document = docx(EXAMPLE)) {
			CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
			assertEquals(BigInteger.valueOf(11906), size.getW());
			assertEquals(BigInteger.valueOf(16838), size.getH());
			CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
			assertEquals(BigInteger.valueOf(twips(37)), margins.getTop());
			assertEquals(BigInteger.valueOf(twips(28)), margins.getLeft());
			assertEquals(BigInteger.valueOf(twips(26)), margins.getRight());
			assertEquals(BigInteger.valueOf(twips(35)), margins.getBottom());
		}
	}

	@Test
	void titleIsCentredIn2haoXiaobiaosong() throws IOException {
		ReportView view = documents.example(EXAMPLE);
		try (XWPFDocument document = docx(view)) {
			XWPFParagraph title = document.getParagraphs().get(0);
			assertEquals(ReportTexts.title(view), title.getText().replace("\n", ""));
			assertEquals("工布江达县人民政府\n2023年政府信息公开工作年度报告", title.getText(), "too long for one line: broken after the organ");
			assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
			assertFace(title, "方正小标宋简体", 22);
		}
	}

	@Test
	void bodyIs3haoFangsongIndentedTwoCharactersOnAFixedPitch() throws IOException {
		ReportView view = documents.example(EXAMPLE);
		try (XWPFDocument document = docx(view)) {
			List<String> opening = ReportTexts.opening(view);
			assertTrue(opening.size() > 1, opening.toString());
			for (String text : opening) {
				XWPFParagraph paragraph = paragraph(document, text);
				assertFace(paragraph, "仿宋_GB2312", 16);
				assertEquals(640, paragraph.getIndentationFirstLine(), "two characters of 16 pt");
				assertEquals(LineSpacingRule.EXACT, paragraph.getSpacingLineRule());
				assertEquals(BigInteger.valueOf(579), paragraph.getCTPPr().getSpacing().getLine(), "28.95 pt");
				assertEquals(ParagraphAlignment.BOTH, paragraph.getAlignment());
			}
		}
	}

	@Test
	void headingsAreHeiAndKaiInTheOfficialOrder() throws IOException {
		ReportView view = documents.example(EXAMPLE);
		try (XWPFDocument document = docx(view)) {
			List<String> expected = new ArrayList<>();
			for (Part part : ReportTexts.parts(view)) {
				expected.add(part.heading());
				assertFace(paragraph(document, part.heading()), "黑体", 16);
				for (Topic topic : part.topics()) {
					expected.add(topic.heading());
					XWPFParagraph heading = paragraph(document, topic.heading());
					assertFace(heading, "楷体_GB2312", 16);
					assertEquals(640, heading.getIndentationFirstLine());
					assertEquals(LineSpacingRule.EXACT, heading.getSpacingLineRule());
				}
			}
			assertEquals(List.of("一、总体情况", "（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设",
					"（五）监督保障", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
					"五、存在的主要问题及改进情况", "六、其他需要报告的事项"), expected);
			List<String> printed = document.getParagraphs().stream().map(XWPFParagraph::getText).filter(expected::contains).toList();
			assertEquals(expected, printed);
		}
	}

	@Test
	void signatureAndDateCloseTheDocumentRightAligned() throws IOException {
		try (XWPFDocument document = docx(EXAMPLE)) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			XWPFParagraph signature = paragraphs.get(paragraphs.size() - 2);
			XWPFParagraph date = paragraphs.get(paragraphs.size() - 1);
			assertEquals("工布江达县人民政府", signature.getText());
			assertEquals("2024年1月27日", date.getText());
			assertEquals(ParagraphAlignment.RIGHT, signature.getAlignment());
			assertEquals(ParagraphAlignment.RIGHT, date.getAlignment());
			assertFace(date, "仿宋_GB2312", 16);
		}
	}

	@Test
	void footerNumbersPagesWithDashesAround() throws IOException {
		try (XWPFDocument document = docx(EXAMPLE)) {
			List<XWPFFooter> footers = document.getFooterList();
			assertEquals(1, footers.size());
			XWPFParagraph paragraph = footers.get(0).getParagraphs().get(0);
			assertEquals("— 1 —", paragraph.getText());
			assertEquals(ParagraphAlignment.CENTER, paragraph.getAlignment());
			String xml = paragraph.getCTP().xmlText();
			assertTrue(xml.contains("fldCharType=\"begin\"") && xml.contains(" PAGE </w:instrText>")
					&& xml.contains("fldCharType=\"end\""), xml);
			assertFace(paragraph, "宋体", 14);
		}
	}

	/** Every example, so that blank cells ("-", printed empty), notes and both formats' tables are all read back. */
	@TestFactory
	Stream<DynamicTest> everyTableCellIsTheGrids() {
		return Stream.of("county-office-2023", "gongbujiangda-2023", "zeku-2023", "zequ-2022", "zezhou-2024")
				.map(example -> DynamicTest.dynamicTest(example, () -> tablesAreTheGrids(example)));
	}

	private void tablesAreTheGrids(String example) throws IOException {
		ReportView view = documents.example(example);
		try (XWPFDocument document = docx(view)) {
			List<Part> tableParts = ReportTexts.parts(view).stream().filter(Part::isTable).toList();
			assertEquals(3, tableParts.size());
			assertEquals(3, document.getTables().size());
			for (int t = 0; t < 3; t++) {
				Grid grid = Grids.of(view.table(tableParts.get(t).template().keyword()));
				XWPFTable table = document.getTables().get(t);
				List<CTTblGridCol> columns = table.getCTTbl().getTblGrid().getGridColList();
				assertEquals(grid.width(), columns.size());
				assertEquals(TEXT_WIDTH, columns.stream().mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum(),
						"the table fills the text width");
				assertEquals(TEXT_WIDTH, table.getWidth());
				assertEquals(DocxTables.of(grid), DocxTables.read(table, grid.width()), tableParts.get(t).heading());
			}
		}
	}

	@Test
	void blankCellsArePrintedEmptyAndNotesAfterTheValue() throws IOException {
		try (XWPFDocument document = docx("zeku-2023")) {
			XWPFTable active = document.getTables().get(0);
			List<String> texts = active.getRows().stream().flatMap(r -> r.getTableCells().stream()).map(c -> c.getText()).toList();
			assertTrue(texts.contains("135（公共服务事项）"), texts.toString());
			assertTrue(texts.contains("0"), texts.toString());
			assertTrue(texts.contains(""), texts.toString());
		}
	}

	@Test
	void tablesAreInASmallerSize() throws IOException {
		try (XWPFDocument document = docx(EXAMPLE)) {
			for (XWPFTable table : document.getTables()) {
				table.getRows().stream().flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream())
						.forEach(paragraph -> {
							double size = styleSize(document, paragraph);
							assertTrue(size >= 10.5 && size <= 12, "table text in 五号 to 小四, not " + size);
							assertEquals("仿宋_GB2312", document.getStyles().getStyle(paragraph.getStyleID()).getCTStyle().getRPr()
									.getRFontsArray(0).getEastAsia(), paragraph.getText());
							paragraph.getRuns().stream().filter(run -> run.getFontSizeAsDouble() != null)
									.forEach(run -> assertEquals(size, run.getFontSizeAsDouble(), paragraph.getText()));
						});
			}
		}
	}

	@Test
	void sameReportGivesTheSameBytes() throws IOException {
		ReportView view = documents.example(EXAMPLE);
		byte[] first = formats.byName("docx").orElseThrow().render(view);
		assertArrayEquals(first, formats.byName("docx").orElseThrow().render(view));
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
			}
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(first))) {
			var core = document.getProperties().getCoreProperties();
			assertEquals(LocalDate.of(2024, 1, 27).atStartOfDay(ZoneOffset.UTC).toInstant(), core.getCreated().toInstant());
			assertEquals(core.getCreated(), core.getModified());
			assertEquals(ReportTexts.title(view), core.getTitle());
			assertEquals("Gongkai", document.getProperties().getExtendedProperties().getApplication(),
					"generate overwrites a docx whose application is Gongkai");
		}
	}

	/** The size a table cell's text takes from its paragraph style: cells name a style instead of each carrying a face. */
	private static double styleSize(XWPFDocument document, XWPFParagraph paragraph) {
		assertNotNull(paragraph.getStyleID(), "a table cell's paragraph has a style: " + paragraph.getText());
		return Double.parseDouble(document.getStyles().getStyle(paragraph.getStyleID()).getCTStyle().getRPr().getSzArray(0).getVal().toString()) / 2;
	}

	private XWPFDocument docx(String example) throws IOException {
		return docx(documents.example(example));
	}

	private XWPFDocument docx(ReportView view) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(formats.byName("docx").orElseThrow().render(view)));
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String text) {
		return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no paragraph " + text));
	}

	/** Every run of the paragraph in the font (Chinese and Latin) and size. */
	private static void assertFace(XWPFParagraph paragraph, String font, double points) {
		assertTrue(!paragraph.getRuns().isEmpty(), paragraph.getText());
		for (XWPFRun run : paragraph.getRuns()) {
			assertEquals(font, run.getFontFamily(FontCharRange.eastAsia), paragraph.getText());
			assertEquals(font, run.getFontFamily(FontCharRange.ascii), paragraph.getText());
			assertEquals(font, run.getFontFamily(FontCharRange.hAnsi), paragraph.getText());
			assertEquals(points, run.getFontSizeAsDouble(), paragraph.getText());
		}
	}

	private static int twips(double mm) {
		return (int) Math.round(mm / 25.4 * 1440);
	}
}
