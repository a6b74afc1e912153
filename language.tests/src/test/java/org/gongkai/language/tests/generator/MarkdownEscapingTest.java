package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Hostile text in every field of a report comes out of the md format as the same text: the Markdown is read by a
 * CommonMark processor that lets raw HTML through (as many content systems do), and the page it makes is checked.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class MarkdownEscapingTest {

	@Inject
	private Documents documents;

	@Test
	void hostileTextIsTextEverywhere() {
		Document page = processed(documents.render("md", Hostile.report()));
		assertTrue(page.select("script").isEmpty(), "a script element");
		assertTrue(page.select("a, em, strong, code, del, blockquote, ul, ol, hr, div").isEmpty(), page.body().html());
		assertEquals(List.of(Hostile.TEXT + "2023年政府信息公开工作年度报告"), page.select("h1").eachText());
		assertEquals(6, page.select("h2").size());
		assertEquals(5, page.select("h3").size());
		List<String> paragraphs = page.select("body > p").eachText();
		assertTrue(paragraphs.get(0).contains("本报告电子版可在javascript:alert(1)下载。如对本报告有疑问，请与" + Hostile.TEXT + "联系。"),
				paragraphs.get(0));
		assertEquals(List.of(Hostile.TEXT, Hostile.TEXT, Hostile.TEXT, Hostile.TEXT, Hostile.TEXT), paragraphs.subList(1, 6));
		assertEquals(Arrays.stream(Hostile.BLOCK_STARTS).map(String::strip).toList(), paragraphs.subList(6, 6 + Hostile.BLOCK_STARTS.length));
		assertEquals(List.of(Hostile.TEXT, Hostile.TEXT, "2024年1月27日"), paragraphs.subList(6 + Hostile.BLOCK_STARTS.length, paragraphs.size()));
		assertEquals(3, page.select("table").size(), "the tables stay HTML blocks");
		assertTrue(page.select("td").eachText().contains("3（" + Hostile.TEXT + "）"), "note in part 三");
	}

	@Test
	void httpWebsiteIsAnAutolink() {
		String report = Reports.report().header("  organ \"甲县人民政府\"\n  year 2023\n  website \"https://www.example.gov.cn/nb?a=1_2*3\"").text();
		Document page = processed(documents.render("md", report));
		assertEquals(List.of("https://www.example.gov.cn/nb?a=1_2*3"), page.select("a").eachAttr("href"));
	}

	/** The page a CommonMark processor makes of the Markdown, raw HTML passed through. */
	static Document processed(String markdown) {
		return Jsoup.parseBodyFragment(HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)));
	}
}
