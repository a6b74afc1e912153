package org.gongkai.summary.output.html;

import java.util.List;

import org.gongkai.cli.FileDiagnostic;
import org.gongkai.language.generator.Html;
import org.gongkai.summary.SummaryData;
import org.gongkai.summary.data.ReportFigures;

/** Each report's diagnostics under an anchor the organ table links to ({@code #r12}); reports without any say so. */
final class DiagnosticsSection {

	private DiagnosticsSection() {
	}

	static void write(SummaryData data, PageWriter out) {
		for (int i = 0; i < data.reports().size(); i++) {
			ReportFigures report = data.reports().get(i);
			List<FileDiagnostic> diagnostics = data.diagnostics().of(report.file());
			out.append("<div class=\"report\" id=\"r").append(i).append("\"><h3>").append(Html.escape(report.organ())).append(' ')
					.append(report.year() == 0 ? "" : report.year()).append(" <small>").append(Html.escape(report.file())).append("</small></h3>");
			if (diagnostics.isEmpty()) {
				out.append("<p class=\"ok\">没有错误或警告。</p></div>\n");
				continue;
			}
			out.append("<ul>");
			for (FileDiagnostic d : diagnostics) {
				out.append("<li class=\"").append(d.isError() ? "bad" : "warn").append("\">")
						.append(d.line() > 0 ? "第 " + d.line() + " 行：" : d.place() == null || d.place().isEmpty() ? "" : Html.escape(d.place()) + "：")
						.append(d.isError() ? "错误：" : "警告：").append(Html.escape(d.message())).append(" <code>")
						.append(Html.escape(d.code() == null ? "" : d.code())).append("</code></li>");
			}
			out.append("</ul></div>\n");
		}
	}
}
