package org.gongkai.summary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.language.tests.cli.CliRun;
import org.gongkai.language.tests.generator.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summary.html in headless Chromium, from a file and with nothing to fetch: the three charts drawn as SVG by the inlined
 * ECharts, the organ table sorted and filtered by its script; screenshots in target/screenshots.
 */
class PageInBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@TempDir
	static Path out;

	private static Chromium chromium;

	@BeforeAll
	static void summarise() {
		chromium = Chromium.find();
		CliRun run = CliRun.of("summary", "-o", out.toString(), "--year", "2023", SummaryFiles.EXAMPLES.toString(),
				SummaryFiles.TRANSCRIPTIONS.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
	}

	@Test
	void needsNothingFromTheNetwork() throws Exception {
		Document page = SummaryFiles.page(out);
		for (Element element : page.select("[src], link[href], [href]:not(a)")) {
			throw new AssertionError("the page loads " + element);
		}
		for (Element link : page.select("a[href]")) {
			assertTrue(link.attr("href").startsWith("#"), "links stay on the page: " + link);
		}
		assertEquals(3, page.select("script").size(), "data, charts library and the page's script, inlined");
	}

	@Test
	void chartsAreDrawn() throws Exception {
		Document dom = Jsoup.parse(chromium.dumpDom(out.resolve("summary.html")));
		for (String chart : List.of("chart-outcomes", "chart-ranking", "chart-years")) {
			Element svg = dom.getElementById(chart).selectFirst("svg");
			assertTrue(svg != null, chart + " has no SVG: " + dom.getElementById(chart));
			assertTrue(svg.select("path").size() > 5, chart + " draws shapes");
		}
		assertTrue(dom.getElementById("chart-outcomes").text().contains("予以公开"), "outcomes labelled by the template's names");
		assertTrue(dom.getElementById("chart-ranking").text().contains("泽库县人民政府"), "the organ with most applications in 2023");
		assertTrue(dom.getElementById("chart-years").text().contains("2019年"), "years 2019–2024");
		assertEquals("显示 5 / 11 份报告", dom.getElementById("f-count").text(), "the table shows the year of the totals at first");
	}

	@Test
	void tableSortsAndFilters() throws Exception {
		String html = Files.readString(out.resolve("summary.html"), UTF_8);
		String probe = """
				<script>
				var t = document.getElementById('organs');
				var year = document.getElementById('f-year'); year.value = ''; year.dispatchEvent(new Event('change'));
				t.tHead.rows[0].cells[3].click(); t.tHead.rows[0].cells[3].click();
				var shown = function () { return Array.prototype.filter.call(t.tBodies[0].rows, function (r) { return !r.hidden; }); };
				document.body.setAttribute('data-sorted', shown().map(function (r) { return r.cells[3].textContent; }).join(','));
				var level = document.getElementById('f-level'); level.value = '部门'; level.dispatchEvent(new Event('change'));
				document.body.setAttribute('data-departments', shown().map(function (r) { return r.cells[1].textContent; }).join(','));
				level.value = ''; level.dispatchEvent(new Event('change'));
				var errors = document.getElementById('f-errors'); errors.checked = true; errors.dispatchEvent(new Event('change'));
				document.body.setAttribute('data-errors', shown().length);
				</script>
				</body>""";
		Path probed = out.resolve("probed.html");
		Files.writeString(probed, html.replace("</body>", probe), UTF_8);
		Element body = Jsoup.parse(chromium.dumpDom(probed)).body();
		List<Long> sorted = java.util.Arrays.stream(body.attr("data-sorted").split(",")).map(v -> v.equals("—") ? -1 : Long.parseLong(v)).toList();
		assertEquals(11, sorted.size(), body.attr("data-sorted"));
		assertEquals(sorted.stream().sorted(java.util.Comparator.reverseOrder()).toList(), sorted, "本年新收, descending after two clicks");
		assertTrue(body.attr("data-departments").matches("部门(,部门)+"), body.attr("data-departments"));
		assertEquals("5", body.attr("data-errors"), "the five reports with errors");
	}

	@Test
	void screenshot() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		chromium.screenshot(out.resolve("summary.html"), SCREENSHOTS.resolve("summary.png"), 1400, 2600);
		assertTrue(Files.size(SCREENSHOTS.resolve("summary.png")) > 50_000, "a page with charts, not a blank one");
	}
}
