package org.gongkai.language.tests.tally;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.tests.Programs;
import org.gongkai.language.tests.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai new --register}: an empty register with the template's drop-down lists, date columns and a frozen
 * header, that LibreOffice opens and keeps, that the tally reads once filled, and that is never written over.
 */
class NewRegisterTest {

	private static final TableTemplate APPLY = Formats.DEFAULT.table("apply");

	@TempDir
	Path dir;

	@Test
	void theRegisterHasTheTemplatesListsAFrozenHeaderAndDateColumns() throws IOException {
		Path register = dir.resolve("2024年登记台账.xlsx");
		CliRun run = CliRun.of("new", "--register", register.toString(), "--year", "2024");
		assertEquals(0, run.exit(), run.err());
		assertEquals("已创建 " + register + System.lineSeparator(), run.out());
		try (Workbook workbook = open(register)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> headers = texts(sheet.getRow(0));
			assertTrue(headers.containsAll(List.of("收到日期", "申请人类型", "办理结果", "办结日期")), headers.toString());
			PaneInformation pane = sheet.getPaneInformation();
			assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1, "the header is frozen");
			for (String date : List.of("收到日期", "办结日期")) {
				String format = sheet.getRow(1).getCell(headers.indexOf(date)).getCellStyle().getDataFormatString();
				assertTrue(format.contains("yy") && format.contains("d"), date + ": " + format);
			}
			assertEquals("说明", workbook.getSheetName(1));
			assertDropDowns(workbook, headers);
		}
	}

	@Test
	void libreOfficeOpensItAndKeepsTheDropDowns() throws IOException, InterruptedException {
		Optional<Path> soffice = Programs.onPath("soffice").or(() -> Programs.onPath("libreoffice"));
		if (soffice.isEmpty()) {
			String ci = System.getenv("CI");
			if (ci != null && !ci.isEmpty()) {
				fail("CI is set: needs soffice (apt-get install libreoffice-calc)");
			}
			assumeTrue(false, "skipped: needs soffice (apt-get install libreoffice-calc)");
		}
		Path register = dir.resolve("台账.xlsx");
		assertEquals(0, CliRun.of("new", "--register", register.toString()).exit());
		Path out = Files.createDirectories(dir.resolve("libreoffice"));
		Path profile = Files.createTempDirectory("gongkai-soffice");
		try {
			Programs.run(soffice.get().toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "xlsx",
					"--outdir", out.toString(), register.toString());
			Programs.run(soffice.get().toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to",
					"csv:Text - txt - csv (StarCalc):44,34,76",
					"--outdir", out.toString(), register.toString());
		} finally {
			Programs.delete(profile);
		}
		assertTrue(Files.readString(out.resolve("台账.csv")).startsWith("序号,收到日期,申请人类型,"), "LibreOffice read the header");
		try (Workbook saved = open(out.resolve("台账.xlsx"))) {
			assertDropDowns(saved, texts(saved.getSheetAt(0).getRow(0)));
		}
	}

	@Test
	void aFilledRegisterIsTallied() throws IOException {
		Path register = dir.resolve("台账.xlsx");
		assertEquals(0, CliRun.of("new", "--register", register.toString()).exit());
		try (Workbook workbook = open(register)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> headers = texts(sheet.getRow(0));
			Row row = sheet.getRow(1);
			row.getCell(headers.indexOf("收到日期")).setCellValue(LocalDate.of(2024, 3, 1));
			row.createCell(headers.indexOf("申请人类型")).setCellValue(choices(workbook, headers, "申请人类型").get(1));
			row.createCell(headers.indexOf("办理结果")).setCellValue(choices(workbook, headers, "办理结果").get(2));
			row.getCell(headers.indexOf("办结日期")).setCellValue(LocalDate.of(2024, 3, 20));
			try (OutputStream out = Files.newOutputStream(register)) {
				workbook.write(out);
			}
		}
		CliRun run = CliRun.of("tally", register.toString());
		assertEquals(0, run.exit(), run.out());
		assertTrue(run.out().contains("business:  new 1, carried 0, secret 1, total 1, next 0"), run.out());
	}

	@Test
	void anExistingFileIsNeverWrittenOver() throws IOException {
		Path register = dir.resolve("台账.xlsx");
		Files.writeString(register, "去年的台账");
		CliRun run = CliRun.of("new", "--register", register.toString());
		assertEquals(2, run.exit());
		assertEquals("gongkai: " + register + " 已存在，不会覆盖；请另给一个文件名" + System.lineSeparator(), run.err());
		assertArrayEquals("去年的台账".getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(register));
	}

	/** The drop-downs of 申请人类型 and 办理结果 offer part 三's applicant columns and outcome rows, in the template's order. */
	private static void assertDropDowns(Workbook workbook, List<String> headers) {
		List<Item> columns = APPLY.columns().stream().filter(c -> !c.equals(APPLY.totalColumn().orElseThrow())).toList();
		assertEquals(columns.stream().map(Item::label).toList(), choices(workbook, headers, "申请人类型"));
		List<String> outcomes = choices(workbook, headers, "办理结果");
		List<Item> rows = APPLY.totalRowTerms();
		assertEquals(rows.size(), outcomes.size(), outcomes.toString());
		for (int i = 0; i < rows.size(); i++) {
			String label = outcomes.get(i).substring(outcomes.get(i).indexOf('-') + 1);
			assertTrue(rows.get(i).label().startsWith(label), rows.get(i).label() + " / " + outcomes.get(i));
		}
	}

	/** The values the drop-down of a column offers, read from the range its validation names. */
	private static List<String> choices(Workbook workbook, List<String> headers, String header) {
		Sheet sheet = workbook.getSheetAt(0);
		int column = headers.indexOf(header);
		for (DataValidation validation : sheet.getDataValidations()) {
			boolean covers = java.util.Arrays.stream(validation.getRegions().getCellRangeAddresses())
					.anyMatch(r -> r.getFirstColumn() <= column && column <= r.getLastColumn() && r.getFirstRow() <= 1);
			if (covers) {
				AreaReference area = new AreaReference(validation.getValidationConstraint().getFormula1(), workbook.getSpreadsheetVersion());
				Sheet lists = workbook.getSheet(area.getFirstCell().getSheetName());
				List<String> values = new ArrayList<>();
				for (CellReference cell : area.getAllReferencedCells()) {
					values.add(lists.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
				}
				return values;
			}
		}
		throw new AssertionError("no drop-down on " + header);
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static Workbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}
}
