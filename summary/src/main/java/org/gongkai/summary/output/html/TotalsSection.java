package org.gongkai.summary.output.html;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.language.generator.Html;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Vocabulary;
import org.gongkai.summary.data.ReportFigures;
import org.gongkai.summary.figures.Figure;
import org.gongkai.summary.figures.Figures;
import org.gongkai.summary.figures.Totals;

/**
 * The figures of the year summed over all reports and by level: each sum with how many reports gave it, outcomes with
 * their share of 办理结果总计, and 纠正率 (结果纠正 ÷ the cases concluded: 总计 − 尚未审结), all worked out from the sums.
 */
final class TotalsSection {

	private TotalsSection() {
	}

	static void write(List<ReportFigures> reports, PageWriter out) {
		List<String> headings = new ArrayList<>(List.of("全部"));
		List<Totals> columns = new ArrayList<>(List.of(Totals.of(reports)));
		for (OrganLevel level : OrganLevel.ALL) {
			headings.add(level.label());
			columns.add(Totals.of(reports.stream().filter(r -> r.level().equals(level)).toList()));
		}
		out.append("<table class=\"totals\"><thead><tr><th>项目</th>");
		for (int i = 0; i < headings.size(); i++) {
			out.append("<th>").append(Html.escape(headings.get(i))).append("<br><small>").append(columns.get(i).reports())
					.append(" 份</small></th>");
		}
		out.append("</tr></thead><tbody>");
		Figures figures = Figures.ALL;
		Figure handled = figures.get(Figures.HANDLED);
		group(Vocabulary.APPLY.alias(), out, headings.size());
		for (Figure figure : List.of(figures.get(Figures.NEW), figures.get(Figures.CARRIED))) {
			row(figure, columns, null, out);
		}
		for (Figure outcome : figures.outcomes()) {
			row(outcome, columns, handled, out);
		}
		for (Figure figure : figures.all().subList(figures.all().indexOf(handled), figures.all().indexOf(handled) + 2)) {
			row(figure, columns, null, out);
		}
		group("行政复议、行政诉讼", out, headings.size());
		for (Figure figure : figures.review()) {
			row(figure, columns, null, out);
			if (figure.key().endsWith("." + Vocabulary.TOTAL.keyword())) {
				correctionRate(figure, columns, out);
			}
		}
		group(Vocabulary.ACTIVE.alias(), out, headings.size());
		for (Figure figure : figures.active()) {
			row(figure, columns, null, out);
		}
		out.append("</tbody></table>\n");
	}

	private static void group(String label, PageWriter out, int columns) {
		out.append("<tr class=\"group\"><th colspan=\"").append(columns + 1).append("\">").append(Html.escape(label)).append("</th></tr>");
	}

	/**
	 * A figure's row: each sum, its share of {@code whole} when given, and how many reports gave it when that is not all
	 * of them (a blank is no report of 0). A figure no report gave (a format's own row, in a year of the other) is left out.
	 */
	private static void row(Figure figure, List<Totals> columns, Figure whole, PageWriter out) {
		if (columns.get(0).reported(figure) == 0) {
			return;
		}
		out.append("<tr><th>").append(Html.escape(figure.label()));
		if (figure.isAmount() && !figure.label().contains(Figure.WAN_YUAN)) {
			out.append("（万元）");
		}
		out.append("</th>");
		for (Totals totals : columns) {
			int reported = totals.reported(figure);
			out.append("<td title=\"").append(reported).append(" 份报告填报\">");
			String printed = totals.printed(figure);
			out.append(printed.isEmpty() ? "<span class=\"na\">—</span>" : printed);
			if (whole != null) {
				totals.percent(figure, whole).ifPresent(p -> out.append(" <small>").append(p.toPlainString()).append("%</small>"));
			}
			if (reported > 0 && reported < totals.reports()) {
				out.append(" <small class=\"reported\">（").append(reported).append(" 份填报）</small>");
			}
			out.append("</td>");
		}
		out.append("</tr>");
	}

	/** After a review body's 总计: its 纠正率. */
	private static void correctionRate(Figure total, List<Totals> columns, PageWriter out) {
		String body = total.key().substring("review.".length(), total.key().lastIndexOf('.'));
		Figure corrected = Figures.ALL.get(Figures.review(body, Vocabulary.CORRECTED.keyword()));
		Figure pending = Figures.ALL.get(Figures.review(body, Vocabulary.PENDING.keyword()));
		out.append("<tr class=\"rate\"><th>").append(Html.escape(body)).append("·纠正率<br><small>结果纠正 ÷（总计 − 尚未审结）</small></th>");
		for (Totals totals : columns) {
			out.append("<td>").append(Totals.correctionRate(totals, total, corrected, pending).map(p -> p.toPlainString() + "%")
					.orElse("<span class=\"na\">—</span>")).append("</td>");
		}
		out.append("</tr>");
	}
}
