package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Issue 10's corpus of hostile strings, each in every text field of a report (name, organ, website, contact, preamble,
 * part and topic texts, cell notes), through every format, each output read by a real reader: HTML by jsoup, Markdown
 * by commonmark-java (raw HTML passed through, as content systems do), DOCX by POI, JSON by Gson.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class HostileCorpusTest {

	static final List<String> CORPUS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>粗</b>", "[点此](javascript:alert(1))",
				"x\n\n[点此](javascript:alert(1))", "![图](javascript:alert(1))", "<javascript:alert(1)>", "*强调* _下划_ **粗**",
				"# 标题", "甲\n# 标题", "| 甲 | 乙 |\n|---|---|", "`代码` ```围栏```", "a < b & c > d &amp; &#60;", "一\n\n二\n\n\n三",
				"回车\r# 标题", "回车换行\r\n- 列表", "- 列表", "1. 有序", "  3) 有序", "> 引用", "---", "    代码块", "<!-- 注释",
				"</td></tr></table><h1>出表</h1>", "x".repeat(5000), "😀𠀀 表情", "\u202E倒序\u200F标记\u200E", "\\*反斜杠\\", "\"双引号\" '单引号'",
				"\u2028行分隔\u2029段分隔");

	/** Elements and attributes the html format's template writes; nothing else may appear. */
	private static final Set<String> HTML_ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "main", "h1", "h2",
			"h3", "p", "section", "div", "table", "thead", "tbody", "tr", "th", "td", "a", "#root");
	private static final Set<String> HTML_ATTRIBUTES = Set.of("lang", "charset", "name", "content", "id", "class", "rowspan",
			"colspan", "href");
	/** What the md format writes: CommonMark's headings and paragraphs, our HTML tables, autolinks. */
	private static final Set<String> MD_ELEMENTS = Set.of("html", "head", "body", "h1", "h2", "h3", "p", "table", "thead", "tbody",
			"tr", "th", "td", "a", "#root");
	private static final String TITLE_END = "年政府信息公开工作年度报告";
	/** The word the note of 自然人 本年新收 starts with, to find its cell. */
	private static final String NOTE = "注";

	@Inject
	private Documents documents;

	@Inject
	private DocumentFormats formats;

	@Test
	void html() {
		for (String hostile : CORPUS) {
			for (ReportView view : views(hostile)) {
				Document page = Jsoup.parse(documents.render("html", view));
				onlyTemplateMarkup(page, HTML_ELEMENTS, HTML_ATTRIBUTES);
				assertEquals(1, page.select("h1").size());
				assertTrue(page.selectFirst("h1").text().endsWith(TITLE_END));
				assertEquals(3, page.select("table").size());
				assertTrue(page.select("td").eachText().stream().anyMatch(t -> t.startsWith("3（") && t.contains(NOTE)), hostile);
			}
		}
	}

	@Test
	void markdown() {
		for (String hostile : CORPUS) {
			for (ReportView view : views(hostile)) {
				String markdown = documents.render("md", view);
				Document page = MarkdownEscapingTest.processed(markdown);
				onlyTemplateMarkup(page, MD_ELEMENTS, Set.of("rowspan", "colspan", "class", "href"));
				assertEquals(1, page.select("h1").size(), markdown);
				assertTrue(page.selectFirst("h1").text().endsWith(TITLE_END), page.selectFirst("h1").text());
				assertEquals(6, page.select("h2").size(), markdown);
				assertEquals(3, page.select("table").size(), markdown);
				Document html = Jsoup.parse(documents.render("html", view));
				assertEquals(html.select("td").size(), page.select("td").size(), "each table one block, cell for cell");
				assertEquals(html.select("p").size(), page.select("p").size(), "one paragraph for each of the html format");
			}
		}
	}

	@Test
	void docx() throws IOException {
		for (String hostile : CORPUS) {
			for (ReportView view : views(hostile)) {
				byte[] docx = formats.byName("docx").orElseThrow().render(view);
				try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
						XWPFWordExtractor text = new XWPFWordExtractor(document)) {
					assertTrue(text.getText().contains(TITLE_END));
					assertTrue(text.getText().contains("起"), "the topic text");
					if (hostile.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
						assertTrue(text.getText().contains("起" + hostile + "止"), hostile);
					}
				}
			}
		}
	}

	@Test
	void jsonRoundTrips() {
		for (String hostile : CORPUS) {
			for (ReportView view : views(hostile)) {
				JsonObject json = JsonParser.parseString(documents.render("json", view)).getAsJsonObject();
				assertEquals(view.report().getName(), json.get("report").getAsString());
				assertEquals(view.organ().orElseThrow(), json.get("organ").getAsString());
				JsonObject overview = json.getAsJsonArray("parts").get(0).getAsJsonObject();
				assertEquals(view.text("overview.active").orElseThrow().paragraphs(),
						strings(overview.getAsJsonArray("topics").get(0).getAsJsonObject().getAsJsonArray("paragraphs")));
				String note = view.table("apply").cell("natural", "new").orElseThrow().note();
				JsonArray cells = json.getAsJsonArray("parts").get(2).getAsJsonObject().getAsJsonObject("table").getAsJsonArray("cells");
				assertTrue(cells.asList().stream().map(JsonElement::getAsJsonObject).anyMatch(c -> c.has("note") && c.get("note").getAsString().equals(note)));
			}
		}
	}

	/** Two reports: one whose opening is built from website and contact, one whose opening is the preamble. */
	private List<ReportView> views(String hostile) {
		String t = Hostile.literal(hostile);
		String marked = Hostile.literal("起" + hostile + "止");
		Reports common = Reports.report().name(inQuotes(hostile + "2023"))
				.overview("section overview { active " + marked + " apply " + t + " management " + t + " platform " + t + " oversight " + t + " }")
				.active("section active < rules: made 1 " + t + " >")
				.apply("section apply < natural: new 3 " + Hostile.literal(NOTE + hostile) + ", granted 3 >")
				.review("section review < reconsideration: upheld 1 " + t + " >")
				.problems("section problems " + t).other("section other " + t);
		String withSite = common.header("  organ " + Hostile.literal("甲" + hostile) + "\n  year 2023\n  issued 2024-01-27\n  website " + t
				+ "\n  contact " + t).text();
		String withPreamble = common.header("  organ " + Hostile.literal("甲" + hostile) + "\n  year 2023\n  issued 2024-01-27\n  preamble "
				+ t).text();
		return List.of(documents.view(withSite), documents.view(withPreamble));
	}


	/** The string as written between the quotes of a report's name. */
	private static String inQuotes(String text) {
		String literal = Hostile.literal(text);
		return literal.substring(1, literal.length() - 1);
	}

	private static void onlyTemplateMarkup(Document page, Set<String> elements, Set<String> attributes) {
		for (Element element : page.getAllElements()) {
			assertTrue(elements.contains(element.normalName()), "element " + element.normalName() + " in " + page.body().html());
			for (Attribute attribute : element.attributes()) {
				assertTrue(attributes.contains(attribute.getKey()), "attribute " + attribute.getKey() + " in " + page.body().html());
			}
			assertFalse(element.attr("href").strip().toLowerCase(Locale.ROOT).startsWith("javascript:"), element.outerHtml());
		}
	}

	private static List<String> strings(JsonArray array) {
		return array.asList().stream().map(JsonElement::getAsString).toList();
	}
}
