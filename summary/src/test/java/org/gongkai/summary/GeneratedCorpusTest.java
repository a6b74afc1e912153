package org.gongkai.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gongkai.language.GongkaiStandaloneSetup;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.tests.bench.CorpusGenerator;
import org.gongkai.language.tests.cli.CliRun;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * 300 generated reports (2019–2024, both formats, 10 % with errors, a fifth in Chinese keywords): the summary's totals
 * and cells against each report read on its own through the language's report view.
 */
class GeneratedCorpusTest {

	private static final int COUNT = 300;
	private static final int YEAR = 2022;

	@TempDir
	Path folder;

	@Test
	void totalsAreTheSumsOfTheReports() throws Exception {
		Path corpus = folder.resolve("corpus");
		List<Path> files = CorpusGenerator.generate(corpus, COUNT);
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("summary", "-o", out.toString(), "--year", String.valueOf(YEAR), corpus.toString());
		assertEquals(1, run.exit(), "some generated reports have errors: " + run.err());

		Injector injector = new GongkaiStandaloneSetup().createInjectorAndDoEMFRegistration();
		ReportViews views = injector.getInstance(ReportViews.class);
		long received = 0;
		BigDecimal fees = BigDecimal.ZERO;
		int ofYear = 0;
		int cells = 0;
		for (Path file : files) {
			XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
			ReportView view = views.of((Report) resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true)
					.getContents().get(0));
			cells += view.format().parts().stream().filter(p -> p.table() != null)
					.mapToInt(p -> p.table().columns().stream().mapToInt(c -> p.table().rowsOf(c).size()).sum()).sum();
			if (view.year().orElse(0) == YEAR) {
				ofYear++;
				received += view.table("apply").cell("total", "new").orElseThrow().value().longValueExact();
				fees = fees.add(view.table("active").cell("fees", "amount").map(c -> c.value()).orElse(BigDecimal.ZERO));
			}
		}
		Document page = SummaryFiles.page(out);
		assertEquals(ofYear + " 份", page.select("table.totals thead th").get(1).selectFirst("small").text());
		assertEquals(String.valueOf(received), SummaryFiles.total(page, "本年新收"));
		assertEquals(fees.stripTrailingZeros().toPlainString(), SummaryFiles.total(page, "行政事业性收费·本年收费金额（单位：万元）"));
		List<Map<String, String>> rows = SummaryFiles.cells(out);
		assertEquals(cells, rows.size(), "one row per cell of every report");
		assertEquals(received, rows.stream().filter(c -> c.get("year").equals(String.valueOf(YEAR)) && c.get("part").equals("apply")
				&& c.get("column").equals("total") && c.get("row").equals("new")).mapToLong(c -> Long.parseLong(c.get("value"))).sum());
		try (var workbook = SummaryFiles.workbook(out)) {
			assertEquals(COUNT + 2, workbook.getSheet("报告").getPhysicalNumberOfRows());
		}
	}
}
