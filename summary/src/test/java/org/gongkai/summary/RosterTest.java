package org.gongkai.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.language.tests.Reports;
import org.gongkai.language.tests.cli.CliRun;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** --roster: on time, late, undated, missing, and a report whose organ is misspelled (the nearest roster name suggested). */
class RosterTest extends ReportsFolderTest {

	@BeforeEach
	void writeReports() throws Exception {
		report("ontime", "甲县教育局", "issued 2024-01-20");
		report("late", "甲县财政局", "issued 2024-02-05");
		report("undated", "甲县（试验区）管委会", "");
		report("misspelled", "甲县自然资源厅", "issued 2024-01-10");
		report("variant", "甲县人民政府", "issued 2024-03-30");
	}

	private void report(String file, String organ, String issued) throws Exception {
		SummaryFiles.write(reports(), file + ".gongkai", Reports.report().name(file).header("  organ \"" + organ + "\"\n  year 2023\n  " + issued)
				.text());
	}

	private static final String ROSTER = """
			机关名称,级别,上级机关,公布期限
			甲县政府,本级政府,,
			甲县 教育局,部门,甲县人民政府,
			甲县财政局,department,甲县人民政府,2024-01-31
			甲县(试验区)管委会,本级政府,,
			甲县自然资源局,部门,甲县人民政府,
			甲县卫生健康局,部门,甲县人民政府,
			""";

	@Test
	void csvRosterInGbkAsExcelSavesIt() throws Exception {
		Path roster = folder.resolve("名单.csv");
		Files.write(roster, ROSTER.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
		CliRun run = CliRun.of("summary", "--roster", roster.toString(), "-o", out().toString(), reports().toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(run.lastOutLine().endsWith("名单 6 个机关，按时公布 2，逾期 1，未找到 2，不在名单中的报告 1"), run.lastOutLine());
		assertStatuses();
		Document page = SummaryFiles.page(out());
		assertTrue(page.select("#roster td").text().contains("是否为「甲县自然资源局」？"), page.select("#roster").text());
		assertTrue(page.select("#roster .s-missing b").text().equals("2"), page.select("#roster .statuses").text());
	}

	@Test
	void xlsxRoster() throws Exception {
		Path roster = folder.resolve("名单.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream file = Files.newOutputStream(roster)) {
			Sheet sheet = workbook.createSheet("名单");
			String[] lines = ROSTER.split("\n");
			for (int r = 0; r < lines.length; r++) {
				String[] fields = lines[r].split(",", -1);
				Row row = sheet.createRow(r);
				for (int c = 0; c < fields.length; c++) {
					row.createCell(c).setCellValue(fields[c]);
				}
			}
			workbook.write(file);
		}
		CliRun run = CliRun.of("summary", "--roster", roster.toString(), "-o", out().toString(), reports().toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertStatuses();
	}

	@Test
	void aRosterThatCannotBeReadIsAProblem() throws Exception {
		Path roster = SummaryFiles.write(folder, "名单.csv", "机关,级别\n甲县教育局,厅级\n");
		CliRun run = CliRun.of("summary", "--roster", roster.toString(), "-o", out().toString(), reports().toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("第 2 行：级别「厅级」应为 本级政府、部门 或 乡镇"), run.err());
		assertTrue(run.noStackTrace());
	}

	private void assertStatuses() throws Exception {
		Map<String, String> statuses = new LinkedHashMap<>();
		try (XSSFWorkbook workbook = SummaryFiles.workbook(out())) {
			for (Row row : workbook.getSheet("名单")) {
				if (row.getRowNum() > 0) {
					statuses.put(row.getCell(0).getStringCellValue(), row.getCell(4).getStringCellValue()
							+ (row.getCell(7) == null ? "" : " " + row.getCell(7).getStringCellValue()));
				}
			}
		}
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("甲县政府", "按时公布");
		expected.put("甲县 教育局", "按时公布");
		expected.put("甲县财政局", "逾期公布");
		expected.put("甲县(试验区)管委会", "已公布，未写成文日期");
		expected.put("甲县自然资源局", "未找到报告");
		expected.put("甲县卫生健康局", "未找到报告");
		expected.put("甲县自然资源厅", "不在名单中 甲县自然资源局");
		assertEquals(expected, statuses);
	}
}
