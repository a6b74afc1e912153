package org.gongkai.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.language.tests.cli.CliRun;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A file that cannot be read: the other reports are summarised, the page lists it, the exit status is 2. */
class UnreadableFileTest extends ReportsFolderTest {

	@Test
	void theOthersAreSummarised() throws Exception {
		Path report = Files.copy(SummaryFiles.EXAMPLES.resolve("gongbujiangda-2023.gongkai"), Files.createDirectories(reports())
				.resolve("gongbujiangda-2023.gongkai"));
		Path broken = Files.write(reports().resolve("损坏.docx"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2, 3 });
		CliRun run = CliRun.of("summary", "-o", out().toString(), report.toString(), broken.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.noStackTrace(), run.err());
		assertTrue(run.err().startsWith("gongkai: 无法导入 " + broken), run.err());
		assertTrue(run.lastOutLine().startsWith("汇总了 1 份报告"), run.out());
		Document page = SummaryFiles.page(out());
		assertTrue(page.select("section.problems li").text().contains("损坏.docx"), page.select("section.problems").text());
		assertEquals("3", SummaryFiles.total(page, "本年新收"));
	}
}
