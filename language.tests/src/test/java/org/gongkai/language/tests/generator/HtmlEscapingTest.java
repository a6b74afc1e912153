package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Hostile text in every field of a report comes out of the html format as the same text, never as markup. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class HtmlEscapingTest {

	@Inject
	private Documents documents;

	@Test
	void hostileTextIsTextEverywhere() {
		String html = documents.render("html", Hostile.report());
		Document page = Jsoup.parse(html);
		assertTrue(page.select("script").isEmpty(), "a script element");
		assertEquals(1, page.select("h1").size(), "one h1: the title");
		assertEquals(0, page.select("[onclick], [onerror], iframe, object, embed").size());
		assertEquals(Hostile.TEXT + "2023年政府信息公开工作年度报告", page.title());
		assertEquals(Hostile.TEXT + "2023年政府信息公开工作年度报告", page.selectFirst("h1").text());
		assertTrue(page.selectFirst("main > p").text().contains("请与" + Hostile.TEXT + "联系。"), "contact");
		List<String> topics = page.select("#overview p").eachText();
		assertEquals(List.of(Hostile.TEXT, Hostile.TEXT, Hostile.TEXT, Hostile.TEXT, Hostile.TEXT), topics);
		assertEquals(Arrays.stream(Hostile.BLOCK_STARTS).map(String::strip).toList(), page.select("#problems p").eachText());
		assertEquals(List.of(Hostile.TEXT), page.select("#other p").eachText());
		assertEquals(Hostile.TEXT, page.select(".signature p").first().text());
		assertTrue(page.select("#active td.value").eachText().contains("1（" + Hostile.TEXT + "）"), "note in part 二");
		assertTrue(page.select("#apply td.value").eachText().contains("3（" + Hostile.TEXT + "）"), "note in part 三");
		assertTrue(page.select("#review td.value").eachText().contains("1（" + Hostile.TEXT + "）"), "note in part 四");
		assertFalse(html.contains("<script>"));
		assertTrue(html.contains("&amp;amp;"), "an entity in the text is escaped, not decoded");
	}

	@Test
	void javascriptWebsiteIsNotLinked() {
		Document page = Jsoup.parse(documents.render("html", Hostile.report()));
		assertTrue(page.select("a").isEmpty(), "no link at all");
		assertTrue(page.selectFirst("main > p").text().contains("本报告电子版可在javascript:alert(1)下载。"));
	}

	@Test
	void httpWebsiteIsLinkedWithItsAddressEscaped() {
		String site = "https://www.example.gov.cn/nb?a=1&b=\"2\"'<x>";
		Document page = Jsoup.parse(documents.render("html", website(site)));
		List<Element> links = page.select("a");
		assertEquals(1, links.size());
		assertEquals(site, links.get(0).attr("href"));
		assertEquals(site, links.get(0).text());
		assertEquals(1, page.select("a").size());
	}

	@Test
	void websiteIsLinkedWhereAPreambleNamesItButNotInsideALongerAddress() {
		String report = Reports.report().header("""
				  organ "甲县人民政府"
				  year 2023
				  website "HTTP://www.example.gov.cn"
				  preamble "本报告可在HTTP://www.example.gov.cn下载，附件见HTTP://www.example.gov.cn/fj。"
				""").text();
		Document page = Jsoup.parse(documents.render("html", report));
		assertEquals(List.of("HTTP://www.example.gov.cn"), page.select("a").eachAttr("href"));
		assertEquals("本报告可在HTTP://www.example.gov.cn下载，附件见HTTP://www.example.gov.cn/fj。", page.selectFirst("main > p").text());
	}

	@Test
	void otherSchemesAreNotLinked() {
		for (String site : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example",
				"ftp://example.gov.cn", "http://", " javascript:alert(1)", "http://example.gov.cn/ onmouseover=alert(1)")) {
			Document page = Jsoup.parse(documents.render("html", website(site)));
			assertTrue(page.select("a").isEmpty(), site);
			assertTrue(page.select("script").isEmpty(), site);
		}
	}

	private static String website(String site) {
		return Reports.report().header("  organ \"甲县人民政府\"\n  year 2023\n  website " + Hostile.literal(site)).text();
	}
}
