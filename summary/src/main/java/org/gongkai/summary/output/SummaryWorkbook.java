package org.gongkai.summary.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.cli.FileDiagnostic;
import org.gongkai.summary.data.Amounts;
import org.gongkai.summary.data.Cell;
import org.gongkai.summary.data.Diagnostics;
import org.gongkai.summary.data.ReportFigures;
import org.gongkai.summary.roster.RosterCheck;

/**
 * {@code summary.xlsx}, streamed (POI SXSSF: only a window of rows in memory, however many reports): a sheet of one row
 * per report and one column per table cell under two heading rows (the official column, then the row label), a sheet of
 * the diagnostics, and with a roster a sheet of who has published. A blank cell ({@code -}) stays empty, apart from 0.
 * Text that a spreadsheet would take for a formula (= + - @ first) is written as text, marked so that editing it
 * keeps it text.
 */
public final class SummaryWorkbook {

	static final String REPORTS = "报告";
	static final String DIAGNOSTICS = "诊断";
	static final String ROSTER = "名单";
	static final List<String> REPORT_HEADINGS = List.of("文件", "机关", "年度", "级别", "格式", "范围", "成文日期", "逾期", "错误", "警告");

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
	private final CellStyle heading;
	private final CellStyle text;
	private final CellStyle quoted;

	private SummaryWorkbook() {
		workbook.getXSSFWorkbook().getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Gongkai");
		Font bold = workbook.createFont();
		bold.setBold(true);
		heading = workbook.createCellStyle();
		heading.setFont(bold);
		heading.setWrapText(true);
		heading.setAlignment(HorizontalAlignment.CENTER);
		heading.setVerticalAlignment(VerticalAlignment.CENTER);
		text = workbook.createCellStyle();
		quoted = workbook.createCellStyle();
		quoted.setQuotePrefixed(true);
	}

	public static void write(List<ReportFigures> reports, Diagnostics diagnostics, RosterCheck roster, OutputStream out)
			throws IOException {
		SummaryWorkbook book = new SummaryWorkbook();
		try {
			book.reports(reports, diagnostics);
			book.diagnostics(diagnostics);
			if (roster != null) {
				book.roster(roster);
			}
			book.workbook.write(out);
		} finally {
			book.workbook.close();
		}
	}

	private void reports(List<ReportFigures> reports, Diagnostics diagnostics) {
		SXSSFSheet sheet = workbook.createSheet(SheetNames.safe(REPORTS));
		List<Cell> columns = new WorkbookColumns().cells();
		Row upper = sheet.createRow(0);
		Row lower = sheet.createRow(1);
		upper.setHeightInPoints(32);
		lower.setHeightInPoints(60);
		for (int i = 0; i < REPORT_HEADINGS.size(); i++) {
			text(upper, i, REPORT_HEADINGS.get(i), heading);
			text(lower, i, "", heading);
			sheet.addMergedRegion(new CellRangeAddress(0, 1, i, i));
		}
		int first = REPORT_HEADINGS.size();
		int groupStart = first;
		for (int i = 0; i < columns.size(); i++) {
			String label = WorkbookColumns.upper(columns.get(i));
			text(upper, first + i, label, heading);
			text(lower, first + i, WorkbookColumns.lower(columns.get(i)), heading);
			boolean last = i + 1 == columns.size() || !WorkbookColumns.upper(columns.get(i + 1)).equals(label);
			if (last) {
				if (first + i > groupStart) {
					sheet.addMergedRegion(new CellRangeAddress(0, 0, groupStart, first + i));
				}
				groupStart = first + i + 1;
			}
		}
		sheet.createFreezePane(2, 2);
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 24 * 256);
		int r = 2;
		for (ReportFigures report : reports) {
			Row row = sheet.createRow(r++);
			text(row, 0, report.file(), text);
			text(row, 1, report.organ(), text);
			if (report.year() > 0) {
				row.createCell(2).setCellValue(report.year());
			}
			text(row, 3, report.level().label(), text);
			row.createCell(4).setCellValue(report.format().id());
			text(row, 5, report.scope().label(), text);
			text(row, 6, report.issued() == null ? "" : report.issued().toString(), text);
			text(row, 7, report.isLate() ? "逾期" : "", text);
			row.createCell(8).setCellValue(diagnostics.errors(report.file()));
			row.createCell(9).setCellValue(diagnostics.warnings(report.file()));
			for (int i = 0; i < columns.size(); i++) {
				Optional<Cell> own = WorkbookColumns.of(report, columns.get(i));
				if (own.isPresent() && !report.isBlank(own.get())) {
					row.createCell(first + i).setCellValue(Amounts.number(report.value(own.get()), own.get().isAmount()));
				}
			}
		}
	}

	private void diagnostics(Diagnostics diagnostics) {
		SXSSFSheet sheet = workbook.createSheet(SheetNames.safe(DIAGNOSTICS));
		Row top = sheet.createRow(0);
		List<String> headings = List.of("文件", "行", "列", "位置", "严重性", "代码", "说明");
		for (int i = 0; i < headings.size(); i++) {
			text(top, i, headings.get(i), heading);
		}
		sheet.createFreezePane(0, 1);
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(6, 80 * 256);
		int r = 1;
		for (FileDiagnostic d : diagnostics.all()) {
			Row row = sheet.createRow(r++);
			text(row, 0, d.file(), text);
			if (d.line() > 0) {
				row.createCell(1).setCellValue(d.line());
				row.createCell(2).setCellValue(d.column());
			}
			text(row, 3, d.place() == null ? "" : d.place(), text);
			text(row, 4, "error".equals(d.severity()) ? "错误" : "警告", text);
			text(row, 5, d.code() == null ? "" : d.code(), text);
			text(row, 6, d.message(), text);
		}
	}

	private void roster(RosterCheck check) {
		SXSSFSheet sheet = workbook.createSheet(SheetNames.safe(ROSTER));
		Row top = sheet.createRow(0);
		List<String> headings = List.of("机关", "级别", "上级机关", "公布期限", "状态", "报告文件", "成文日期", "名单中相近的名称");
		for (int i = 0; i < headings.size(); i++) {
			text(top, i, headings.get(i), heading);
		}
		sheet.setColumnWidth(0, 24 * 256);
		int r = 1;
		for (RosterCheck.Outcome outcome : check.outcomes()) {
			Row row = sheet.createRow(r++);
			text(row, 0, outcome.entry().name(), text);
			text(row, 1, outcome.entry().level().label(), text);
			text(row, 2, outcome.entry().parent(), text);
			text(row, 3, outcome.due() == null ? "" : outcome.due().toString(), text);
			text(row, 4, outcome.status().label(), text);
			text(row, 5, outcome.report() == null ? "" : outcome.report().file(), text);
			text(row, 6, outcome.report() == null || outcome.report().issued() == null ? "" : outcome.report().issued().toString(), text);
		}
		for (RosterCheck.Stranger stranger : check.strangers()) {
			Row row = sheet.createRow(r++);
			text(row, 0, stranger.report().organ(), text);
			text(row, 4, "不在名单中", text);
			text(row, 5, stranger.report().file(), text);
			text(row, 7, stranger.nearest() == null ? "" : stranger.nearest().name(), text);
		}
	}

	/** A text cell; one a spreadsheet would read as a formula is marked as text (quote prefix). */
	private void text(Row row, int column, String value, CellStyle style) {
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(looksLikeFormula(value) ? quoted : style);
	}

	static boolean looksLikeFormula(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

}
