package org.gongkai.language.tally;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.RegisterColumn;
import org.gongkai.language.template.RegisterLayout;

/**
 * A register's rows of applications (LANGUAGE.md §8): the header row found by its texts under any title rows, the
 * register's columns by their headers in any order, then one entry per row until a 合计 row; blank rows skipped.
 * What cannot be read is a problem naming the row.
 */
public final class RegisterSheet implements RowSink {

	private final RegisterLayout layout = Formats.REGISTER;
	private final List<RegisterEntry> entries = new ArrayList<>();
	private final List<TallyProblem> problems = new ArrayList<>();
	private int[] columnOf;
	private int firstFilledRow;
	private List<String> firstFilled = List.of();
	private boolean ended;

	private RegisterSheet() {
	}

	/** Reads a register file: .xlsx (or .xlsm), or .csv. */
	public static RegisterSheet read(Path file) throws IOException, RegisterUnreadable {
		if (isCsv(file.getFileName().toString())) {
			return read(Files.readAllBytes(file), file.getFileName().toString());
		}
		checkWorkbookName(file.getFileName().toString());
		RegisterSheet sheet = new RegisterSheet();
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XlsxRows.read(workbook, sheet);
		} catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
			throw notAWorkbook(e);
		}
		return sheet.finished();
	}

	/** Reads a register's bytes; the file name says whether it is a workbook or CSV. */
	public static RegisterSheet read(byte[] bytes, String fileName) throws IOException, RegisterUnreadable {
		RegisterSheet sheet = new RegisterSheet();
		if (isCsv(fileName)) {
			RegisterCsv.read(bytes, sheet);
			return sheet.finished();
		}
		checkWorkbookName(fileName);
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XlsxRows.read(workbook, sheet);
		} catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
			throw notAWorkbook(e);
		}
		return sheet.finished();
	}

	public List<RegisterEntry> entries() {
		return entries;
	}

	public List<TallyProblem> problems() {
		return problems;
	}

	/** Whether a file is one this reads, by its name: a workbook (.xlsx, .xlsm) or .csv. */
	public static boolean isRegister(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") || name.endsWith(".xlsm") || isCsv(fileName);
	}

	private static boolean isCsv(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	private static void checkWorkbookName(String fileName) throws RegisterUnreadable {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xls") || name.endsWith(".et")) {
			throw new RegisterUnreadable(fileName + " 是旧版的工作簿格式；请在 Excel 或 WPS 中另存为 .xlsx（或 .csv）再试", null);
		}
	}

	private static RegisterUnreadable notAWorkbook(Exception e) {
		return new RegisterUnreadable("不是 .xlsx 工作簿，也不是 .csv 文件；请在 Excel 或 WPS 中另存为 .xlsx 再试", e);
	}

	private RegisterSheet finished() {
		if (columnOf == null && problems.isEmpty()) {
			problems.add(new TallyProblem(firstFilledRow, missing(layout.received(), firstFilled)));
		}
		return this;
	}

	@Override
	public void row(int number, List<String> cells) {
		if (ended) {
			return;
		}
		if (columnOf == null) {
			header(number, cells);
			return;
		}
		if (isTotalRow(cells)) {
			ended = true;
			return;
		}
		String received = cell(cells, 0);
		String applicant = cell(cells, 1);
		String outcome = cell(cells, 2);
		String closed = cell(cells, 3);
		if (received.isEmpty() && applicant.isEmpty() && outcome.isEmpty() && closed.isEmpty()) {
			return;
		}
		entry(number, received, applicant, outcome, closed);
	}

	private void header(int number, List<String> cells) {
		List<String> texts = cells.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
		if (texts.isEmpty()) {
			return;
		}
		// what a missing header row names: the first row of several texts (a title row stands alone)
		if (firstFilledRow == 0 || firstFilled.size() < 2 && texts.size() >= 2) {
			firstFilledRow = number;
			firstFilled = texts;
		}
		int[] found = new int[layout.columns().size()];
		boolean any = false;
		for (int c = 0; c < found.length; c++) {
			found[c] = columnHeaded(layout.columns().get(c), cells);
			any |= found[c] >= 0;
		}
		if (!any) {
			return;
		}
		for (int c = 0; c < found.length; c++) {
			RegisterColumn column = layout.columns().get(c);
			if (column.required() && found[c] < 0) {
				problems.add(new TallyProblem(number, missing(column, texts)));
				ended = true;
				return;
			}
		}
		if ((found[2] < 0) != (found[3] < 0)) {
			RegisterColumn lacking = found[2] < 0 ? layout.outcome() : layout.closed();
			problems.add(new TallyProblem(number, missing(lacking, texts)));
			ended = true;
			return;
		}
		columnOf = found;
	}

	private static int columnHeaded(RegisterColumn column, List<String> cells) {
		List<String> headers = column.headers().stream().map(Normalized::header).toList();
		for (int i = 0; i < cells.size(); i++) {
			if (headers.contains(Normalized.header(cells.get(i)))) {
				return i;
			}
		}
		return -1;
	}

	private static String missing(RegisterColumn column, List<String> found) {
		return "找不到“" + column.header() + "”列（表头可写 " + String.join("、", column.headers()) + "）；"
				+ (found.isEmpty() ? "表中没有内容" : "找到的表头是 " + String.join("、", found));
	}

	private boolean isTotalRow(List<String> cells) {
		return cells.stream().filter(c -> c.length() < 10).map(Normalized::of).anyMatch(layout.totalRows()::contains);
	}

	private String cell(List<String> cells, int registerColumn) {
		int index = columnOf[registerColumn];
		return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
	}

	private void entry(int number, String receivedText, String applicant, String outcome, String closedText) {
		int before = problems.size();
		LocalDate received = date(number, layout.received(), receivedText, "收到申请的日期");
		LocalDate closed = closedText.isEmpty() ? null : date(number, layout.closed(), closedText, "办结的日期");
		if (applicant.isEmpty()) {
			problems.add(new TallyProblem(number, "“" + layout.applicant().header() + "”为空；请写申请人类型，如 自然人"));
		}
		if (!outcome.isEmpty() && closedText.isEmpty()) {
			problems.add(new TallyProblem(number, "有“" + layout.outcome().header() + "”（" + outcome + "）而没有“"
					+ layout.closed().header() + "”；请写办结日期，或在仍在办理时清空办理结果"));
		}
		if (outcome.isEmpty() && !closedText.isEmpty()) {
			problems.add(new TallyProblem(number, "有“" + layout.closed().header() + "”（" + closedText + "）而没有“"
					+ layout.outcome().header() + "”；请写办理结果，或在仍在办理时清空办结日期"));
		}
		if (received != null && closed != null && closed.isBefore(received)) {
			problems.add(new TallyProblem(number, "办结日期 " + closed + " 早于收到日期 " + received + "；请改正其中之一"));
		}
		if (problems.size() == before) {
			entries.add(new RegisterEntry(number, received, applicant, outcome, closed));
		}
	}

	private LocalDate date(int number, RegisterColumn column, String text, String what) {
		if (text.isEmpty()) {
			problems.add(new TallyProblem(number, "“" + column.header() + "”为空；请写" + what + "，如 2023-01-05"));
			return null;
		}
		Optional<LocalDate> date = RegisterDates.parse(text);
		if (date.isEmpty()) {
			problems.add(new TallyProblem(number, "“" + column.header() + "”的“" + text + "”不是日期；请写" + what + "，如 "
					+ RegisterDates.EXAMPLES));
		}
		return date.orElse(null);
	}
}
