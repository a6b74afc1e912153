package org.gongkai.language.tally;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.RegisterLayout;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.Vocabulary;

/**
 * A new, empty register of applications (gongkai new --register, LANGUAGE.md §8): the header row frozen, drop-down
 * lists of part 三's applicant columns and outcome rows (held on the sheet 说明, which says what each column means),
 * the date columns formatted as dates.
 */
public final class EmptyRegister {

	public static final String GUIDE_SHEET = "说明";
	private static final int ROWS = 2000;
	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private EmptyRegister() {
	}

	/** The register for a year (its format decides the outcome rows), or for the current format when year is null. */
	public static void write(Integer year, OutputStream out) throws IOException {
		ReportFormat format = year == null ? Formats.DEFAULT
				: Formats.ALL.stream().filter(f -> f.isMeantFor(year)).findFirst().orElse(Formats.DEFAULT);
		RegisterWords words = new RegisterWords(format.table(Vocabulary.APPLY.keyword()));
		RegisterLayout layout = Formats.REGISTER;
		List<String> headers = List.of("序号", layout.received().header(), layout.applicant().header(), "申请人姓名或名称", "申请内容",
				layout.outcome().header(), layout.closed().header(), "备注");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet register = workbook.createSheet(year == null ? "登记台账" : year + "年登记台账");
			Sheet guide = workbook.createSheet(GUIDE_SHEET);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
			Row header = register.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
				header.getCell(c).setCellStyle(bold);
				register.setColumnWidth(c, 14 * 256);
			}
			register.setColumnWidth(headers.indexOf(layout.outcome().header()), 36 * 256);
			register.createFreezePane(0, 1);
			for (String column : List.of(layout.received().header(), layout.closed().header())) {
				int c = headers.indexOf(column);
				register.setDefaultColumnStyle(c, date);
				for (int r = 1; r <= ROWS; r++) {
					Row row = register.getRow(r) != null ? register.getRow(r) : register.createRow(r);
					row.createCell(c).setCellStyle(date);
				}
			}
			guide(guide, layout, words, bold);
			DataValidationHelper helper = register.getDataValidationHelper();
			dropDown(register, helper, headers.indexOf(layout.applicant().header()), 4, words.applicantChoices().size());
			dropDown(register, helper, headers.indexOf(layout.outcome().header()), 5, words.outcomeChoices().size());
			workbook.write(out);
		}
	}

	/** The sheet 说明: each column's meaning, then the lists the drop-downs offer (columns E and F). */
	private static void guide(Sheet guide, RegisterLayout layout, RegisterWords words, CellStyle bold) {
		String[][] lines = {
				{ "列", "含义" },
				{ layout.received().header(), "收到申请的日期（必填），如 2024-01-05；表头也可写 " + String.join("、", layout.received().headers()) },
				{ layout.applicant().header(), "申请人属于年报第三部分的哪一列（必填，从下拉列表中选）；个人、公民计入自然人，企业、公司计入商业企业，律师事务所计入法律服务机构" },
				{ layout.outcome().header(), "办结时的办理结果，即年报第三部分的一行（从下拉列表中选）；仍在办理的留空" },
				{ layout.closed().header(), "办结（答复）的日期；仍在办理的留空" },
				{ "其他列", "序号、申请人姓名或名称、申请内容、备注等供登记之用，gongkai tally 不读" },
				{ "用法", "gongkai tally 台账.xlsx 按本表统计年报第三部分；gongkai tally --into 报告.gongkai 台账.xlsx 填入报告" } };
		for (int r = 0; r < lines.length; r++) {
			Row row = guide.createRow(r);
			row.createCell(0).setCellValue(lines[r][0]);
			row.createCell(1).setCellValue(lines[r][1]);
		}
		guide.getRow(0).getCell(0).setCellStyle(bold);
		guide.getRow(0).getCell(1).setCellStyle(bold);
		guide.setColumnWidth(0, 12 * 256);
		guide.setColumnWidth(1, 90 * 256);
		list(guide, 4, layout.applicant().header(), words.applicantChoices(), bold);
		list(guide, 5, layout.outcome().header(), words.outcomeChoices(), bold);
	}

	private static void list(Sheet guide, int column, String title, List<String> choices, CellStyle bold) {
		cellAt(guide, 0, column).setCellValue(title + "（可选）");
		cellAt(guide, 0, column).setCellStyle(bold);
		for (int i = 0; i < choices.size(); i++) {
			cellAt(guide, i + 1, column).setCellValue(choices.get(i));
		}
		guide.setColumnWidth(column, 36 * 256);
	}

	private static Cell cellAt(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
		return r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
	}

	private static void dropDown(Sheet register, DataValidationHelper helper, int column, int guideColumn, int count) {
		String letter = CellReference.convertNumToColString(guideColumn);
		String range = "'" + GUIDE_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (count + 1);
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
				new CellRangeAddressList(1, ROWS, column, column));
		validation.setShowErrorBox(true);
		validation.createErrorBox("不是表中的一项", "请从下拉列表中选择");
		register.addValidationData(validation);
	}
}
