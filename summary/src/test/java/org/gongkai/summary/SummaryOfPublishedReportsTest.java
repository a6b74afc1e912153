package org.gongkai.summary;

import static org.gongkai.summary.SummaryFiles.cell;
import static org.gongkai.summary.SummaryFiles.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.language.tests.cli.CliRun;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai summary} over the examples and the transcribed published reports: 11 real reports of 2019–2024 in both
 * formats, five with errors, one with blank cells.
 */
class SummaryOfPublishedReportsTest {

	@TempDir
	Path out;

	private CliRun summary(String... more) {
		String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("summary", "-o", out.toString(),
				SummaryFiles.EXAMPLES.toString(), SummaryFiles.TRANSCRIPTIONS.toString()), java.util.stream.Stream.of(more))
				.toArray(String[]::new);
		return CliRun.of(args);
	}

	@Test
	void writesThePageTheWorkbookAndTheCells() throws Exception {
		CliRun run = summary();
		assertEquals(1, run.exit(), "reports with errors: " + run.out() + run.err());
		assertTrue(run.noStackTrace(), run.err());
		assertEquals("", run.err());
		for (String name : List.of("summary.html", "summary.xlsx", "cells.csv")) {
			assertTrue(Files.isRegularFile(out.resolve(name)), name);
			assertTrue(run.out().contains("已写入 " + out.resolve(name)), run.out());
		}
		assertEquals("汇总了 11 份报告（2024 年度 2 份）：有错误的 5 份", run.lastOutLine());
	}

	@Test
	void cellsAsEachReportMeansThem() throws Exception {
		summary();
		List<Map<String, String>> cells = cells(out);
		assertEquals(11, cells.stream().map(c -> c.get("organ") + c.get("year")).distinct().count());
		// zeku-2023 (format 2019): 本年新收 518 and 上年结转 45 in the total column (TEMPLATE.md)
		Map<String, String> received = cell(cells, "泽库县人民政府", 2023, "apply.total.new");
		assertEquals("518", received.get("value"));
		assertEquals("true", received.get("written"), "zeku writes its total column");
		Map<String, String> unwritten = cell(cells, "泽库县人民政府", 2023, "apply.natural.granted");
		assertEquals(List.of("0", "false"), List.of(unwritten.get("value"), unwritten.get("written")), "a cell not written is 0");
		assertEquals("2019", received.get("format"));
		assertEquals("government", received.get("level"));
		assertEquals("45", cell(cells, "泽库县人民政府", 2023, "apply.total.carried").get("value"));
		// 06_shuyangxian-fagaiju_2023 leaves 商业企业 blank: empty, not 0, and written
		Map<String, String> blank = cell(cells, "沭阳县发展和改革局", 2023, "apply.business.new");
		assertEquals("", blank.get("value"));
		assertEquals("true", blank.get("written"));
		assertEquals("department", blank.get("level"));
		assertEquals("26", cell(cells, "沭阳县发展和改革局", 2023, "apply.natural.new").get("value"));
		// 2019's signed change is kept negative
		assertEquals("-18", cell(cells, "平潭综合实验区管委会", 2020, "active.punishment.change").get("value"));
	}

	@Test
	void totalsAreTheSumsOfTheReportsOfTheYear() throws Exception {
		summary("--year", "2023");
		List<Map<String, String>> cells = cells(out);
		Document page = SummaryFiles.page(out);
		Map<String, String> figures = Map.of("本年新收", "new", "上年结转", "carried", "本年度办理结果总计", "total", "结转下年度", "next");
		for (Map.Entry<String, String> figure : figures.entrySet()) {
			long sum = cells.stream().filter(c -> c.get("year").equals("2023") && c.get("part").equals("apply")
					&& c.get("column").equals("total") && c.get("row").equals(figure.getValue()) && !c.get("value").isEmpty())
					.mapToLong(c -> Long.parseLong(c.get("value"))).sum();
			assertEquals(String.valueOf(sum), SummaryFiles.total(page, figure.getKey()), figure.getKey());
		}
		assertEquals("5 份", page.select("table.totals thead th").get(1).selectFirst("small").text());
		BigDecimal fees = cells.stream().filter(c -> c.get("year").equals("2023") && c.get("part").equals("active")
				&& c.get("column").equals("fees") && c.get("row").equals("amount") && !c.get("value").isEmpty())
				.map(c -> new BigDecimal(c.get("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(fees.stripTrailingZeros().toPlainString(), SummaryFiles.total(page, "行政事业性收费·本年收费金额（单位：万元）"));
	}

	@Test
	void ruleBreaksCountTheReportsThatBreakEachRule() throws Exception {
		summary();
		Document page = SummaryFiles.page(out);
		Map<String, String> counts = page.select("table.rules tbody tr").stream()
				.collect(Collectors.toMap(row -> row.child(0).text(), row -> row.child(2).text()));
		// zeku, zequ and one transcription break the balance of part 三 (validate's diagnostics of the same files)
		CliRun validate = CliRun.of("validate", SummaryFiles.EXAMPLES.toString(), SummaryFiles.TRANSCRIPTIONS.toString());
		long balance = validate.out().lines().filter(l -> l.endsWith("[apply.balance]")).map(l -> l.substring(0, l.indexOf(':')))
				.distinct().count();
		assertEquals(String.valueOf(balance), counts.get("apply.balance"));
		assertTrue(page.selectFirst("table.rules a[href^='#r']") != null, "each report links to its diagnostics");
		String anchor = page.selectFirst("table.rules a[href^='#r']").attr("href").substring(1);
		assertTrue(page.getElementById(anchor).select("li").size() > 0, "the diagnostics under " + anchor);
	}

	/** The published reports themselves (.txt as copied out of the web pages), imported in memory: the same cells. */
	@Test
	void publishedFilesGiveTheCellsOfTheirTranscriptions() throws Exception {
		Path published = Path.of("..", "language.tests", "src", "test", "resources", "published");
		Path fromText = out.resolve("published");
		CliRun run = CliRun.of("summary", "-o", fromText.toString(), published.toString());
		assertTrue(run.exit() <= 1, run.err());
		summary();
		List<Map<String, String>> imported = cells(fromText);
		List<Map<String, String>> transcribed = cells(out);
		assertEquals(transcribed.size(), imported.size());
		for (String organ : List.of("泽库县人民政府", "沭阳县发展和改革局")) {
			List<String> values = imported.stream().filter(c -> c.get("organ").equals(organ)).map(c -> c.get("value")).toList();
			assertEquals(transcribed.stream().filter(c -> c.get("organ").equals(organ)).map(c -> c.get("value")).toList(), values, organ);
		}
	}
}
