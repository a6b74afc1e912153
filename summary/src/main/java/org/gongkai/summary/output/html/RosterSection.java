package org.gongkai.summary.output.html;

import org.gongkai.language.generator.Html;
import org.gongkai.summary.roster.RosterCheck;

/** Who of the roster has published: counts by status, the organs not on time, and reports whose organ is not on it. */
final class RosterSection {

	private RosterSection() {
	}

	static void write(RosterCheck check, int year, PageWriter out) {
		out.append("<p class=\"statuses\">");
		for (RosterCheck.Status status : RosterCheck.Status.values()) {
			out.append("<span class=\"status s-").append(status.name().toLowerCase(java.util.Locale.ROOT)).append("\">")
					.append(status.label()).append(" <b>").append(check.count(status)).append("</b></span> ");
		}
		out.append("<span class=\"status\">不在名单中 <b>").append(check.strangers().size()).append("</b></span></p>\n");
		out.append("<table class=\"roster\"><thead><tr><th>机关</th><th>级别</th><th>上级机关</th><th>").append(year + 1)
				.append(" 年公布期限</th><th>状态</th><th>成文日期</th><th>报告文件</th></tr></thead><tbody>\n");
		for (RosterCheck.Outcome outcome : check.outcomes()) {
			if (outcome.status() == RosterCheck.Status.ON_TIME) {
				continue;
			}
			out.append("<tr><td>").append(Html.escape(outcome.entry().name())).append("</td><td>").append(outcome.entry().level().label())
					.append("</td><td>").append(Html.escape(outcome.entry().parent())).append("</td><td>")
					.append(outcome.due() == null ? "" : outcome.due().toString()).append("</td><td class=\"bad\">")
					.append(outcome.status().label()).append("</td><td>")
					.append(outcome.report() == null || outcome.report().issued() == null ? "" : outcome.report().issued().toString())
					.append("</td><td>").append(outcome.report() == null ? "" : Html.escape(outcome.report().file())).append("</td></tr>\n");
		}
		out.append("</tbody></table>\n");
		if (!check.strangers().isEmpty()) {
			out.append("<h3>不在名单中的报告</h3><table class=\"roster\"><thead><tr><th>报告中的机关名称</th><th>报告文件</th><th>名单中相近的名称</th></tr></thead><tbody>\n");
			for (RosterCheck.Stranger stranger : check.strangers()) {
				out.append("<tr><td>").append(Html.escape(stranger.report().organ())).append("</td><td>")
						.append(Html.escape(stranger.report().file())).append("</td><td>")
						.append(stranger.nearest() == null ? "" : "是否为「" + Html.escape(stranger.nearest().name()) + "」？")
						.append("</td></tr>\n");
			}
			out.append("</tbody></table>\n");
		}
	}
}
