package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The html format in a real browser: headless Chromium lays out the examples' pages; a small script measures every
 * table as laid out (the distinct left and top edges of its cells are its columns and rows; the spans as the browser
 * read them) and whether it fits the page. Pages, measurements and screenshots stay under target/browser.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class HtmlInBrowserTest {

	private static final Path OUT = Path.of("target", "browser");

	/** Appended to a copy of the page (the page itself has no script): the geometry of each table, a line per table. */
	private static final String MEASURE = """
			<script>
			const lines = [];
			for (const section of document.querySelectorAll('section')) {
			  const table = section.querySelector('table');
			  if (!table) continue;
			  const cells = [...table.querySelectorAll('th, td')].map(c => c.getBoundingClientRect());
			  const distinct = edges => new Set(edges.map(Math.round)).size;
			  const box = table.parentElement;
			  lines.push([section.id, distinct(cells.map(r => r.left)), distinct(cells.map(r => r.top)),
			    box.scrollWidth > box.clientWidth,
			    [...table.rows].map(row => [...row.cells].map(c => c.rowSpan + 'x' + c.colSpan).join(',')).join(';')].join(' '));
			}
			const pre = document.createElement('pre');
			pre.id = 'geometry';
			pre.textContent = lines.join('\\n');
			document.body.appendChild(pre);
			</script>
			""";

	/** One table as the browser laid it out. */
	record Laid(int columns, int rows, boolean overflows, TableShape spans) {
	}

	private static Chromium chromium;

	@Inject
	private Documents documents;

	@BeforeAll
	static void browser() {
		chromium = Chromium.find();
	}

	@Test
	void format2021TablesAreLaidOutAsOfficial() throws Exception {
		Map<String, Laid> tables = laidOut("gongbujiangda-2023");
		assertTable(tables.get("active"), 4, 4 * 2 + 6);
		assertTable(tables.get("apply"), 10, 3 + 25);
		assertTable(tables.get("review"), 15, 3 + 1);
	}

	@Test
	void format2019TablesAreLaidOutAsOfficial() throws Exception {
		Map<String, Laid> tables = laidOut("zeku-2023");
		assertTable(tables.get("active"), 4, 5 * 2 + 8);
		assertTable(tables.get("apply"), 10, 3 + 23);
		assertTable(tables.get("review"), 15, 3 + 1);
	}

	private static void assertTable(Laid table, int columns, int rows) {
		assertNotNull(table);
		assertEquals(columns, table.columns(), "columns as laid out");
		assertEquals(rows, table.rows(), "rows as laid out");
		assertEquals(columns, table.spans().width(), "columns by the spans the browser read");
		assertEquals(rows, table.spans().height());
		assertFalse(table.overflows(), "the table is wider than the page");
	}

	/** Writes the example's page and a screenshot of it, and measures a copy with the script. */
	private Map<String, Laid> laidOut(String example) throws IOException, InterruptedException {
		Files.createDirectories(OUT);
		String html = documents.render("html", documents.example(example));
		Path page = Files.writeString(OUT.resolve(example + ".html"), html);
		chromium.screenshot(page, OUT.resolve(example + ".png"), 1280, 4000);
		Path measured = Files.writeString(OUT.resolve(example + "-measured.html"), html.replace("</body>", MEASURE + "</body>"));
		String dom = chromium.dumpDom(measured);
		Element geometry = Jsoup.parse(dom).getElementById("geometry");
		assertNotNull(geometry, "the measuring script did not run:\n" + dom);
		Files.writeString(OUT.resolve(example + "-geometry.txt"), geometry.wholeText());
		Map<String, Laid> tables = new HashMap<>();
		for (String line : geometry.wholeText().split("\n")) {
			String[] f = line.split(" ");
			List<List<TableShape.Span>> spans = Arrays.stream(f[4].split(";")).map(row -> Arrays.stream(row.split(","))
					.map(c -> c.split("x")).map(c -> new TableShape.Span(Integer.parseInt(c[0]), Integer.parseInt(c[1]))).toList())
					.toList();
			tables.put(f[0], new Laid(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Boolean.parseBoolean(f[3]), TableShape.of(spans)));
		}
		return tables;
	}
}
