package org.gongkai.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.language.tests.Reports;
import org.gongkai.language.tests.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.xlsx read back with POI: sheets, two-level official headings, values, blanks, no formula anywhere. */
class WorkbookTest {

	private static final String HOSTILE = "=HYPERLINK(\"http://example.com\",\"点我\")";

	@TempDir
	Path folder;

	@Test
	void oneRowPerReportOneColumnPerCellUnderOfficialHeadings() throws Exception {
		Path out = folder.resolve("out");
		Path reports = folder.resolve("reports");
		Files.createDirectories(reports);
		for (Path example : List.of(SummaryFiles.EXAMPLES.resolve("zeku-2023.gongkai"),
				SummaryFiles.TRANSCRIPTIONS.resolve("06_shuyangxian-fagaiju_2023.gongkai"))) {
			Files.copy(example, reports.resolve(example.getFileName()));
		}
		SummaryFiles.write(reports, "hostile.gongkai", Reports.report().name("恶意").header("  organ \"" + HOSTILE.replace("\"", "\\\"")
				+ "\"\n  year 2023\n  issued 2024-01-20").apply("section apply < natural: new 2, granted 2 >").text());
		CliRun run = CliRun.of("summary", "-o", out.toString(), reports.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		try (XSSFWorkbook workbook = SummaryFiles.workbook(out)) {
			assertEquals("Gongkai", workbook.getProperties().getExtendedProperties().getUnderlyingProperties().getApplication());
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertEquals(List.of("报告", "诊断"), sheets);
			Sheet sheet = workbook.getSheet("报告");
			assertEquals(2 + 3, sheet.getPhysicalNumberOfRows(), "two heading rows, one row per report");
			assertEquals("机关", sheet.getRow(0).getCell(1).getStringCellValue());
			int newTotal = column(sheet, "三、申请人情况·总计", "一、本年新收政府信息公开申请数量");
			int newBusiness = column(sheet, "三、申请人情况·法人或其他组织·商业企业", "一、本年新收政府信息公开申请数量");
			int natural = column(sheet, "三、申请人情况·自然人", "一、本年新收政府信息公开申请数量");
			assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == 0 && r.getLastRow() == 0
					&& r.getFirstColumn() <= natural && r.getLastColumn() > natural), "the upper heading spans its row labels");
			Row zeku = row(sheet, "zeku-2023.gongkai");
			assertEquals(518, zeku.getCell(newTotal).getNumericCellValue());
			Row shuyang = row(sheet, "06_shuyangxian-fagaiju_2023.gongkai");
			assertNull(shuyang.getCell(newBusiness), "a blank cell stays empty");
			assertEquals(CellType.NUMERIC, shuyang.getCell(natural).getCellType());
			assertEquals(2, row(sheet, "hostile.gongkai").getCell(natural).getNumericCellValue());
			assertTrue(sheet.getRow(1).getCell(column(sheet, "二、规章", "本年新制作数量（格式 2019）")) != null,
					"a cell of format 2019 alone says so");

			Cell organ = row(sheet, "hostile.gongkai").getCell(1);
			assertEquals(CellType.STRING, organ.getCellType());
			assertEquals(HOSTILE, organ.getStringCellValue());
			assertTrue(organ.getCellStyle().getQuotePrefixed(), "text that looks like a formula is marked as text");
			for (Sheet each : workbook) {
				for (Row row : each) {
					for (Cell cell : row) {
						assertNotEquals(CellType.FORMULA, cell.getCellType(), each.getSheetName() + "!" + cell.getAddress());
					}
				}
			}
			Sheet diagnostics = workbook.getSheet("诊断");
			assertTrue(diagnostics.getRow(1) != null && diagnostics.getRow(1).getCell(5).getStringCellValue().contains("."),
					"diagnostics with their codes");
		}
	}

	private static int column(Sheet sheet, String upper, String lower) {
		String spanning = "";
		for (int i = 0; i < sheet.getRow(1).getLastCellNum(); i++) {
			final int column = i;
			String own = sheet.getRow(0).getCell(i) == null ? "" : sheet.getRow(0).getCell(i).getStringCellValue();
			boolean merged = sheet.getMergedRegions().stream().map(CellRangeAddress.class::cast)
					.anyMatch(r -> r.getFirstRow() == 0 && r.getFirstColumn() < column && r.getLastColumn() >= column);
			spanning = merged ? spanning : own;
			if (spanning.equals(upper) && sheet.getRow(1).getCell(i).getStringCellValue().equals(lower)) {
				return i;
			}
		}
		throw new AssertionError("no column " + upper + " / " + lower);
	}

	private static Row row(Sheet sheet, String fileEnd) {
		for (Row row : sheet) {
			if (row.getRowNum() > 1 && row.getCell(0).getStringCellValue().endsWith(fileEnd)) {
				return row;
			}
		}
		throw new AssertionError("no row of " + fileEnd);
	}
}
