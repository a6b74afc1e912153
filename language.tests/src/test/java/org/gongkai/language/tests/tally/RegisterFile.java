package org.gongkai.language.tests.tally;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A register as an office keeps it, written by the tests as Excel or WPS would save it: a title merged above the
 * header, a 序号 column and others the tally does not read, a 合计 row and blank rows after the data, dates as Excel
 * dates or as text in the shapes offices type. Written through POI's streaming writer, so that the benchmark's large
 * registers take little memory to make.
 */
public final class RegisterFile {

	/** One register row: what the clerk typed in the four columns the tally reads ("" for an empty cell). */
	public record Line(String received, String applicant, String outcome, String closed) {

		public static Line of(LocalDate received, String applicant, String outcome, LocalDate closed) {
			return new Line(received.toString(), applicant, outcome == null ? "" : outcome, closed == null ? "" : closed.toString());
		}
	}

	private final List<String> headers = new ArrayList<>(List.of("序号", "收到日期", "申请人姓名", "申请人类型", "申请内容", "办理结果", "办结日期"));
	private final List<Line> lines = new ArrayList<>();
	private String title = "XX局2023年政府信息公开申请登记台账";
	private boolean excelDates = true;

	public RegisterFile add(Line line) {
		lines.add(line);
		return this;
	}

	public RegisterFile addAll(List<Line> more) {
		lines.addAll(more);
		return this;
	}

	public RegisterFile headers(String... newHeaders) {
		headers.clear();
		headers.addAll(List.of(newHeaders));
		return this;
	}

	public RegisterFile noTitle() {
		title = null;
		return this;
	}

	public RegisterFile datesAsText() {
		excelDates = false;
		return this;
	}


	public Path writeXlsx(Path file) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try (OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("台账");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			int r = 0;
			if (title != null) {
				sheet.createRow(r++).createCell(0).setCellValue(title);
				sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
			}
			Row header = sheet.createRow(r++);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			for (int i = 0; i < lines.size(); i++) {
				Row row = sheet.createRow(r++);
				List<String> cells = cells(i);
				for (int c = 0; c < cells.size(); c++) {
					String value = cells.get(c);
					if (value.isEmpty()) {
						continue;
					}
					if (excelDates && isDateColumn(c) && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
						row.createCell(c).setCellValue(LocalDate.parse(value));
						row.getCell(c).setCellStyle(date);
					} else if (headers.get(c).equals("序号")) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					} else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			r += 2;
			Row total = sheet.createRow(r++);
			total.createCell(0).setCellValue("合计");
			total.createCell(1).setCellValue(lines.size() + " 件");
			sheet.createRow(r + 1).createCell(0).setCellValue("填表人：张三");
			workbook.write(out);
		} finally {
			workbook.close();
		}
		return file;
	}

	public Path writeCsv(Path file, Charset charset) throws IOException {
		StringBuilder out = new StringBuilder();
		if (title != null) {
			out.append(title).append(",".repeat(headers.size() - 1)).append("\r\n");
		}
		out.append(String.join(",", headers)).append("\r\n");
		for (int i = 0; i < lines.size(); i++) {
			out.append(String.join(",", cells(i).stream().map(RegisterFile::quoted).toList())).append("\r\n");
		}
		out.append(",".repeat(headers.size() - 1)).append("\r\n");
		out.append("合计,").append(lines.size()).append(",".repeat(headers.size() - 2)).append("\r\n");
		Files.write(file, out.toString().getBytes(charset));
		return file;
	}

	private List<String> cells(int i) {
		Line line = lines.get(i);
		List<String> cells = new ArrayList<>();
		for (String header : headers) {
			cells.add(switch (header) {
			case "序号" -> String.valueOf(i + 1);
			case "收到日期", "收到申请日期", "申请日期", "受理日期", "登记日期" -> line.received();
			case "申请人类型", "申请人性质", "申请人类别" -> line.applicant();
			case "办理结果", "答复结果", "处理结果", "答复类型" -> line.outcome();
			case "办结日期", "答复日期", "办结时间" -> line.closed();
			case "申请人姓名" -> "申请人" + (i + 1);
			default -> "关于某事项的信息，共 " + (i + 1) + " 页";
			});
		}
		return cells;
	}

	private boolean isDateColumn(int c) {
		return headers.get(c).contains("日期") || headers.get(c).contains("时间");
	}

	private static String quoted(String cell) {
		return cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}
}
