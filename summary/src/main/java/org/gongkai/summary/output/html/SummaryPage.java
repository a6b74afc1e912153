package org.gongkai.summary.output.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.gongkai.language.generator.Html;
import org.gongkai.summary.SummaryData;

/**
 * {@code summary.html}: one page that needs nothing else — its style, its data, the charts library (ECharts, trimmed
 * and bundled at build time) and its own script are all inside it, so it opens on an intranet without a network.
 */
public final class SummaryPage {

	private static final String RESOURCES = "/org/gongkai/summary/html/";

	private SummaryPage() {
	}

	public static void write(SummaryData data, OutputStream stream) throws IOException {
		try {
			page(data, stream);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static void page(SummaryData data, OutputStream stream) throws IOException {
		Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
		PageWriter page = new PageWriter(out);
		String title = "政府信息公开工作年度报告汇总" + (data.year() > 0 ? "（" + data.year() + "年度）" : "");
		page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"generator\" content=\"Gongkai\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(Html.escape(title))
				.append("</title>\n<style>\n").append(resource("summary.css")).append("</style>\n</head>\n<body>\n");
		page.append("<header><h1>").append(Html.escape(title)).append("</h1><p>").append(overview(data)).append("</p>")
				.append("<nav><a href=\"#totals\">总计</a><a href=\"#charts\">图表</a><a href=\"#organs-section\">各机关</a>")
				.append("<a href=\"#rules\">规则</a>").append(data.roster() == null ? "" : "<a href=\"#roster\">名单</a>")
				.append("<a href=\"#diagnostics\">诊断</a></nav></header>\n<main>\n");
		if (!data.problems().isEmpty()) {
			page.append("<section class=\"problems\"><h2>未能读取的文件</h2><ul>");
			data.problems().forEach(problem -> page.append("<li>").append(Html.escape(problem)).append("</li>"));
			page.append("</ul></section>\n");
		}
		page.append("<section id=\"totals\"><h2>总计（").append(data.year()).append("年度，").append(data.ofYear().size())
				.append(" 份报告）</h2>\n<p class=\"note\">各项为所有报告之和；“— ”为没有报告填报该项，“（N 份填报）”为只有 N 份报告填了该项（写 “-” 的不算填报）；")
				.append("比例与纠正率由合计数算出。</p>\n");
		TotalsSection.write(data.ofYear(), page);
		page.append("</section>\n<section id=\"charts\"><h2>图表</h2>\n<div class=\"charts\">")
				.append("<figure><figcaption>办理结果占办理结果总计的比例</figcaption><div id=\"chart-outcomes\" class=\"chart\"></div></figure>")
				.append("<figure><figcaption>本年新收申请最多的机关</figcaption><div id=\"chart-ranking\" class=\"chart\"></div></figure>")
				.append("<figure class=\"wide\"><figcaption>逐年变化</figcaption><div id=\"chart-years\" class=\"chart\"></div></figure>")
				.append("</div></section>\n<section id=\"organs-section\"><h2>各机关</h2>\n");
		OrganTable.write(data, page);
		page.append("</section>\n<section id=\"rules\"><h2>违反规则的情况</h2>\n");
		RuleBreaks.write(data, page);
		page.append("</section>\n");
		if (data.roster() != null) {
			page.append("<section id=\"roster\"><h2>名单：").append(data.year()).append(" 年度报告的公布情况</h2>\n");
			RosterSection.write(data.roster(), data.year(), page);
			page.append("</section>\n");
		}
		page.append("<section id=\"diagnostics\"><h2>各报告的诊断</h2>\n");
		DiagnosticsSection.write(data, page);
		page.append("</section>\n</main>\n<script type=\"application/json\" id=\"chart-data\">")
				.append(script(ChartData.of(data).toString())).append("</script>\n<script>\n").append(script(resource("echarts.js")))
				.append("\n</script>\n<script>\n").append(script(resource("summary.js"))).append("\n</script>\n</body>\n</html>\n");
		out.flush();
	}

	private static String overview(SummaryData data) {
		long organs = data.ofYear().stream().map(r -> r.organ()).distinct().count();
		long withErrors = data.ofYear().stream().filter(r -> data.diagnostics().errors(r.file()) > 0).count();
		long late = data.ofYear().stream().filter(r -> r.isLate()).count();
		return data.reports().size() + " 份报告，其中 " + data.year() + " 年度 " + data.ofYear().size() + " 份、" + organs + " 个机关；有错误的 "
				+ withErrors + " 份，逾期公布的 " + late + " 份";
	}

	/** Text inside a script element: a closing tag in it would end the element early. */
	private static String script(String text) {
		return text.replace("</", "<\\/");
	}

	private static String resource(String name) {
		try (InputStream in = SummaryPage.class.getResourceAsStream(RESOURCES + name)) {
			if (in == null) {
				throw new UncheckedIOException(new IOException("the jar lacks " + RESOURCES + name));
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
