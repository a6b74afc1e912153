package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.importer.PublishedDocument.Cell;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.generator.Documents;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class HtmlReaderTest {

	@Inject
	private Documents documents;

	@TempDir
	Path folder;

	@Test
	void ourPagesGiveTheirTablesAsPrinted() throws IOException {
		for (String example : Published.EXAMPLES) {
			ReportView view = documents.example(example);
			Path page = folder.resolve(example + ".html");
			Files.writeString(page, documents.render("html", view));
			Published.assertAsPrinted(view, new HtmlReader().read(page));
		}
	}

	/** A CMS page as offices publish it: GB2312 declared (GBK characters used), navigation, scripts, labels in spans. */
	@Test
	void aCmsPageInGbkGivesTheReportAlone() throws IOException {
		ReportView view = documents.example("gongbujiangda-2023");
		String report = Jsoup.parse(documents.render("html", view)).body().html()
				.replace("一、本年新收政府信息公开申请数量", "<span>一、本年新收</span>\n  <span style=\"font-family:仿宋\">政府信息</span>&nbsp;<span>公开申请数量</span>")
				.replace(">法律服务机构<", "><p>法律服务</p><p>机构</p><");
		String page = """
				<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
				<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
				<title>政府信息公开年报</title><style>.nav{color:red}</style>
				<script type="text/javascript">var menu = '首页导航脚本';</script></head>
				<body><div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
				<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 年报</div>
				<nav>站内导航</nav>
				<div class="article"><p>朱镕基同志题词的单位（GBK 字符）</p>
				""" + report + """
				</div><script>document.write('统计代码');</script>
				<div id="footer">版权所有：某县人民政府 主办单位：某县人民政府办公室</div></body></html>
				""";
		Path file = folder.resolve("cms.html");
		Files.write(file, page.getBytes(Charset.forName("GBK")));
		PublishedDocument read = new HtmlReader().read(file);

		Published.assertTablesAsPrinted(view, read, t -> t.replace("\n", ""));
		List<List<Cell>> apply = Published.tables(read).get(1).rows();
		assertTrue(apply.stream().anyMatch(row -> row.get(0).text().equals("一、本年新收政府信息公开申请数量")),
				"spans joined, white space and &nbsp; between Chinese dropped: " + Published.show(apply));
		assertTrue(apply.stream().flatMap(List::stream).anyMatch(c -> c.text().equals("法律服务\n机构")), "paragraphs of a cell on lines");
		List<String> paragraphs = Published.paragraphs(read);
		assertEquals("朱镕基同志题词的单位（GBK 字符）", paragraphs.get(0));
		String all = String.join("|", paragraphs);
		for (String noise : List.of("首页", "导航", "当前位置", "统计代码", "版权所有", "政务公开 >")) {
			assertFalse(all.contains(noise), noise + " left in " + all);
		}
	}

	@Test
	void rowAndColumnSpansAreExpandedAsABrowserDoes() throws IOException {
		Path file = folder.resolve("spans.htm");
		Files.writeString(file, """
				<table><tr><td rowspan="2">甲</td><td colspan="2">乙</td></tr>
				<tr><td>丙</td><td rowspan="5">丁</td></tr>
				<tr><td>1</td><td>2</td></tr></table>
				""");
		List<List<Cell>> rows = Published.tables(new HtmlReader().read(file)).get(0).rows();
		assertEquals(List.of(List.of(Cell.of("甲"), Cell.of("乙"), Cell.COVERED), List.of(Cell.COVERED, Cell.of("丙"), Cell.of("丁")),
				List.of(Cell.of("1"), Cell.of("2"), Cell.COVERED)), rows);
	}
}
