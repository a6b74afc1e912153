package org.gongkai.summary.output.html;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.gongkai.language.generator.Html;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.summary.SummaryData;
import org.gongkai.summary.data.ReportFigures;
import org.gongkai.summary.figures.Figure;
import org.gongkai.summary.figures.Figures;

/**
 * One row per report: organ (linked to its diagnostics), level, year, the applications and their outcomes, 行政复议 and
 * 行政诉讼, errors, warnings, late. Each cell carries its sort value ({@code data-v}; a figure not given sorts first);
 * the filters above it (level, year, errors, late, name) and sorting by a heading are the page's script.
 */
final class OrganTable {

	private OrganTable() {
	}

	static List<Figure> columns() {
		Figures figures = Figures.ALL;
		List<Figure> columns = new ArrayList<>(List.of(figures.get(Figures.NEW), figures.get(Figures.CARRIED)));
		columns.addAll(figures.outcomes());
		columns.add(figures.get(Figures.HANDLED));
		figures.review().stream().filter(f -> f.key().endsWith(".total")).forEach(columns::add);
		return columns;
	}

	static void write(SummaryData data, PageWriter out) {
		out.append("<div class=\"filters\"><label>级别 <select id=\"f-level\"><option value=\"\">全部</option>");
		OrganLevel.ALL.forEach(level -> out.append("<option>").append(level.label()).append("</option>"));
		out.append("</select></label> <label>年度 <select id=\"f-year\"><option value=\"\">全部</option>");
		data.byYear().keySet().forEach(year -> out.append("<option").append(year == data.year() ? " selected" : "").append(">")
				.append(year).append("</option>"));
		out.append("</select></label> <label><input type=\"checkbox\" id=\"f-errors\"> 只看有错误的</label>")
				.append(" <label><input type=\"checkbox\" id=\"f-late\"> 只看逾期的</label>")
				.append(" <label>机关 <input type=\"search\" id=\"f-name\" placeholder=\"名称中的字\"></label>")
				.append(" <span id=\"f-count\" class=\"count\"></span></div>\n");
		List<Figure> columns = columns();
		out.append("<div class=\"scroll\"><table id=\"organs\" class=\"organs\"><thead><tr>")
				.append("<th data-type=\"text\">机关</th><th data-type=\"text\">级别</th><th>年度</th>");
		for (Figure figure : columns) {
			out.append("<th>").append(Html.escape(figure.label())).append("</th>");
		}
		out.append("<th>错误</th><th>警告</th><th data-type=\"text\">公布</th></tr></thead><tbody>\n");
		for (int i = 0; i < data.reports().size(); i++) {
			ReportFigures report = data.reports().get(i);
			long errors = data.diagnostics().errors(report.file());
			long warnings = data.diagnostics().warnings(report.file());
			out.append("<tr data-level=\"").append(report.level().label()).append("\" data-year=\"").append(report.year())
					.append("\" data-errors=\"").append(errors).append("\" data-late=\"").append(report.isLate()).append("\">");
			String organ = report.organ().isEmpty() ? report.file() : report.organ();
			out.append("<td data-v=\"").append(Html.escape(organ)).append("\"><a href=\"#r").append(i).append("\" title=\"")
					.append(Html.escape(report.file())).append("\">").append(Html.escape(organ)).append("</a>")
					.append(report.isArea() ? " <small class=\"area\">汇总</small>" : "").append("</td>");
			out.append("<td data-v=\"").append(report.level().label()).append("\">").append(report.level().label()).append("</td>");
			out.append("<td>").append(report.year() == 0 ? "" : report.year()).append("</td>");
			for (Figure figure : columns) {
				OptionalLong value = figure.of(report);
				out.append(value.isPresent() ? "<td>" + value.getAsLong() + "</td>" : "<td data-v=\"-1\" class=\"na\">—</td>");
			}
			out.append("<td").append(errors > 0 ? " class=\"bad\"" : "").append(">").append(errors).append("</td><td>").append(warnings)
					.append("</td>");
			String when = report.issued() == null ? "未写日期" : report.issued().toString();
			out.append("<td data-v=\"").append(when).append("\"").append(report.isLate() ? " class=\"bad\"" : "").append(">")
					.append(when).append(report.isLate() ? " 逾期" : "").append("</td></tr>\n");
		}
		out.append("</tbody></table></div>\n");
	}
}
