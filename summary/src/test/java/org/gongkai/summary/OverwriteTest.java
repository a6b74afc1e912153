package org.gongkai.summary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.language.tests.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the summary did not write is not overwritten (unless --force), nor any report; a refusal writes nothing. */
class OverwriteTest {

	@TempDir
	Path out;

	private final String examples = SummaryFiles.EXAMPLES.toString();

	@Test
	void refusesAPageItDidNotWriteAndWritesNothing() throws Exception {
		Files.writeString(out.resolve("summary.html"), "<html>我的页面</html>", UTF_8);
		CliRun run = CliRun.of("summary", "-o", out.toString(), examples);
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("不覆盖 " + out.resolve("summary.html")), run.err());
		assertTrue(run.err().endsWith("gongkai: 没有写任何文件\n"), run.err());
		assertFalse(Files.exists(out.resolve("cells.csv")));
		assertEquals("<html>我的页面</html>", Files.readString(out.resolve("summary.html"), UTF_8));

		assertEquals(1, CliRun.of("summary", "--force", "-o", out.toString(), examples).exit());
		assertTrue(Files.readString(out.resolve("summary.html"), UTF_8).contains("<meta name=\"generator\" content=\"Gongkai\">"));
	}

	@Test
	void replacesItsOwnFilesAndRefusesAForeignTable() throws Exception {
		assertEquals(1, CliRun.of("summary", "-o", out.toString(), examples).exit());
		assertEquals(1, CliRun.of("summary", "-o", out.toString(), examples).exit(), "its own files are replaced");
		Files.writeString(out.resolve("cells.csv"), "a,b\n1,2\n", UTF_8);
		CliRun run = CliRun.of("summary", "-o", out.toString(), examples);
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("cells.csv"), run.err());
	}

	@Test
	void neverOverwritesAReport() throws Exception {
		// a report given under another name is read as a report all the same
		Path report = Files.copy(SummaryFiles.EXAMPLES.resolve("gongbujiangda-2023.gongkai"), out.resolve("cells.csv"));
		byte[] before = Files.readAllBytes(report);
		CliRun run = CliRun.of("summary", "--force", "-o", out.toString(), report.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("不会覆盖报告文件"), run.err());
		assertEquals(List.of(before.length), List.of(Files.readAllBytes(report).length));
		assertFalse(Files.exists(out.resolve("summary.html")), "a refusal writes nothing");
	}

	@Test
	void usageProblemsExitTwoWithoutAStackTrace() {
		CliRun missing = CliRun.of("summary", "-o", out.toString(), out.resolve("nothing-here").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.noStackTrace(), missing.err());
		CliRun year = CliRun.of("summary", "--year", "23", "-o", out.toString(), examples);
		assertEquals(2, year.exit());
		assertTrue(year.err().contains("--year 应为四位数字的年份"), year.err());
	}
}
