package org.gongkai.summary.output.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.language.generator.Html;
import org.gongkai.summary.SummaryData;

/** The rule breaks across all reports: for each rule code, how many reports break it, and which (linked). */
final class RuleBreaks {

	private static final int LISTED = 200;

	private RuleBreaks() {
	}

	static void write(SummaryData data, PageWriter out) {
		Map<String, Set<String>> byCode = data.diagnostics().filesByCode();
		if (byCode.isEmpty()) {
			out.append("<p>没有报告违反规则。</p>\n");
			return;
		}
		Map<String, Integer> ids = new HashMap<>();
		for (int i = 0; i < data.reports().size(); i++) {
			ids.putIfAbsent(data.reports().get(i).file(), i);
		}
		Map<String, String> names = new HashMap<>();
		data.reports().forEach(r -> names.putIfAbsent(r.file(), r.organ().isEmpty() ? r.file() : r.organ() + (r.year() > 0 ? " " + r.year() : "")));
		List<Map.Entry<String, Set<String>>> codes = new ArrayList<>(byCode.entrySet());
		codes.sort((a, b) -> b.getValue().size() - a.getValue().size());
		out.append("<table class=\"rules\"><thead><tr><th>规则代码</th><th>严重性</th><th>报告数</th><th>哪些报告</th></tr></thead><tbody>\n");
		for (Map.Entry<String, Set<String>> code : codes) {
			String severity = data.diagnostics().severity(code.getKey());
			out.append("<tr><td><code>").append(Html.escape(code.getKey())).append("</code></td><td class=\"")
					.append("error".equals(severity) ? "bad\">错误" : "warn\">警告").append("</td><td>").append(code.getValue().size())
					.append("</td><td>");
			int listed = 0;
			for (String file : code.getValue()) {
				if (listed++ == LISTED) {
					out.append(" …");
					break;
				}
				Integer id = ids.get(file);
				out.append(listed > 1 ? "、" : "").append(id == null ? Html.escape(file)
						: "<a href=\"#r" + id + "\" title=\"" + Html.escape(file) + "\">" + Html.escape(names.get(file)) + "</a>");
			}
			out.append("</td></tr>\n");
		}
		out.append("</tbody></table>\n");
	}
}
