package org.gongkai.summary.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.language.template.Item;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.Skeleton;
import org.gongkai.language.template.Vocabulary;
import org.gongkai.summary.data.Amounts;
import org.gongkai.summary.data.Cell;
import org.gongkai.summary.data.CellIndex;
import org.gongkai.summary.data.ReportFigures;

/**
 * {@code 汇总.gongkai}: the sum of reports' tables as a report of its own with {@code scope area}, in the format its
 * year wants, written on {@code gongkai new}'s skeleton (texts to fill in). A cell is the sum of the reports whose
 * format has a cell that means the same ({@link Cell#meansTheSame}); the reports of another format are left out of
 * it, and the file says which cells that concerns. A cell every contributing report left blank stays blank ({@code -}).
 * Amounts are summed in 万元 whatever unit each report wrote.
 */
public final class AreaReportSource {

	static final String MARK = "// 汇总报告：由 gongkai summary 生成";

	/** The source, and the cells left out for the reports of another format (one Chinese line each). */
	public record Written(String source, List<String> leftOut) {
	}

	private AreaReportSource() {
	}

	public static Written of(String organ, int year, ReportFormat format, List<ReportFigures> reports) {
		CellIndex index = CellIndex.of(format);
		Map<String, String> tables = new LinkedHashMap<>();
		for (PartTemplate part : format.parts()) {
			if (part.kind() == PartKind.TABLE) {
				tables.put(part.keyword(), table(part, index, reports));
			}
		}
		List<String> leftOut = leftOut(index, reports);
		String skeleton = Skeleton.of(organ, year, format, OrganLevel.fromOrganName(organ));
		StringBuilder out = new StringBuilder();
		out.append(MARK).append("，为 ").append(reports.size()).append(" 份报告的表格之和\n");
		leftOut.forEach(line -> out.append("// ").append(line).append('\n'));
		String body = skeleton.replace("report \"" + (organ + year).replace("\\", "\\\\").replace("\"", "\\\"") + "\" {",
				"report \"" + (organ + year + "汇总").replace("\\", "\\\\").replace("\"", "\\\"") + "\" {");
		body = body.replaceFirst("(?m)^( +level +\\S+\\n)", "$1" + Skeleton.INDENT + Vocabulary.SCOPE.keyword() + "  "
				+ Vocabulary.AREA.keyword() + "\n");
		for (Map.Entry<String, String> table : tables.entrySet()) {
			body = body.replace(Skeleton.INDENT + Vocabulary.SECTION.keyword() + " " + table.getKey() + " < >\n", table.getValue());
		}
		return new Written(out.append(body).toString(), leftOut);
	}

	/**
	 * For each other format, the numbers its reports hold in cells the summary's format has no cell of the same meaning
	 * for (format 2019's 本年新制作数量, its one-row （六）其他处理): left out of the sum, each cell with its total.
	 */
	private static List<String> leftOut(CellIndex index, List<ReportFigures> reports) {
		Map<Integer, Map<String, Long>> dropped = new LinkedHashMap<>();
		Map<String, Boolean> amounts = new LinkedHashMap<>();
		Map<Integer, Integer> counts = new LinkedHashMap<>();
		for (ReportFigures report : reports) {
			if (report.format().id() == index.format().id()) {
				continue;
			}
			counts.merge(report.format().id(), 1, Integer::sum);
			Map<String, Long> cells = dropped.computeIfAbsent(report.format().id(), f -> new LinkedHashMap<>());
			for (Cell cell : report.cells().cells()) {
				if (index.same(cell).isEmpty() && report.value(cell) != 0) {
					cells.merge(cell.place(), report.value(cell), Long::sum);
					amounts.put(cell.place(), cell.isAmount());
				}
			}
		}
		List<String> lines = new ArrayList<>();
		dropped.forEach((otherFormat, cells) -> lines.add("格式 " + otherFormat + " 的 " + counts.get(otherFormat) + " 份报告中未计入的格（格式 "
				+ index.format().id() + " 没有含义相同的格）：" + (cells.isEmpty() ? "无" : String.join("、", cells.entrySet().stream()
						.map(e -> e.getKey() + " 共 " + Amounts.printed(e.getValue(), amounts.get(e.getKey()))).toList()))));
		return lines;
	}

	private static String table(PartTemplate part, CellIndex index, List<ReportFigures> reports) {
		String indent = Skeleton.INDENT;
		StringBuilder out = new StringBuilder(indent + Vocabulary.SECTION.keyword() + " " + part.keyword() + " <\n");
		for (Item column : part.table().columns()) {
			List<String> cells = new ArrayList<>();
			for (Item row : part.table().rowsOf(column)) {
				Cell cell = index.cell(part.keyword() + "." + column.keyword() + "." + row.keyword()).orElseThrow();
				sum(cell, reports).ifPresent(value -> cells.add(row.keyword() + " " + value));
			}
			if (!cells.isEmpty()) {
				out.append(indent).append(indent).append(column.keyword()).append(": ").append(String.join(", ", cells)).append('\n');
			}
		}
		return out.append(indent).append(">\n").toString();
	}

	/** The cell's sum as written, "-" when no report gave a number for it; empty when it is 0 and nobody wrote it. */
	private static Optional<String> sum(Cell cell, List<ReportFigures> reports) {
		long sum = 0;
		int contributing = 0;
		boolean reported = false;
		boolean written = false;
		for (ReportFigures report : reports) {
			Optional<Cell> same = report.cells().same(cell);
			if (same.isEmpty()) {
				continue;
			}
			contributing++;
			sum += report.value(same.get());
			reported |= !report.isBlank(same.get());
			written |= report.isWritten(same.get()) || report.value(same.get()) != 0;
		}
		if (contributing > 0 && !written && sum == 0) {
			return Optional.empty();
		}
		return Optional.of(reported ? Amounts.printed(sum, cell.isAmount()) : "-");
	}
}
