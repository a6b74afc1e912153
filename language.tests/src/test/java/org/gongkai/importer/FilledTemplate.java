package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.importer.PublishedDocument.Cell;

/**
 * The official Word template (shared/templates) with the numbers of part 三 written into its cells as a clerk would,
 * its merged cells (gridSpan, vMerge) as they circulate; and what a reader must give back of it.
 */
final class FilledTemplate {

	static final Path TEMPLATE = Path.of("..", "..", "shared", "templates", "政务公开年报模版.docx");

	private FilledTemplate() {
	}

	/** Writes the filled template; gives each number written as {row, grid column, number}. */
	static List<int[]> write(Path filled) throws IOException {
		assumeTrue(Files.isRegularFile(TEMPLATE), "needs the shared template " + TEMPLATE);
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
		return written;
	}

	/** The three tables as the template prints them; {@code lineBreak} is how a two-line header reads ("商业", "企业"). */
	static void assertTables(PublishedDocument read, List<int[]> written, String lineBreak) {
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
		assertEquals(List.of(Cell.COVERED, Cell.of("商业" + lineBreak + "企业"), Cell.of("科研" + lineBreak + "机构"), Cell.of("社会公益组织"),
				Cell.of("法律服务机构"), Cell.of("其他"), Cell.COVERED), apply.get(2).subList(3, 10));
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
	}
}
