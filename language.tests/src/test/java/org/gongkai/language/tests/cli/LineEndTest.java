package org.gongkai.language.tests.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.gongkai.language.tests.cli.CliReports.JIA_2023;
import static org.gongkai.language.tests.cli.CliReports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lone carriage returns (old Mac line ends) read as line feeds (issue 10 #3). */
class LineEndTest {

	@TempDir
	Path dir;

	@Test
	void aCarriageReturnAtTheEndDoesNotHideTheErrors() throws IOException {
		Path file = write(dir, "cr/a.gongkai", "report \"a\" {\r".getBytes(UTF_8));
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("语法错误：此处不应出现文件结尾"), run.out());
		assertTrue(run.noStackTrace(), run.out() + run.err());
		Path lf = write(dir, "lf/a.gongkai", "report \"a\" {\n".getBytes(UTF_8));
		assertEquals(CliRun.of("validate", lf.toString()).out().replace("lf", "cr"), run.out());
	}

	@Test
	void aFileOfOneCarriageReturnIsAnEmptyReport() throws IOException {
		Path file = write(dir, "cr.gongkai", "\r".getBytes(UTF_8));
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("文件是空的"), run.out());
	}

	@Test
	void aBrokenReportWithCarriageReturnsIsNotGenerated() throws IOException {
		Path file = write(dir, "a.gongkai", "report \"a\" {\r".getBytes(UTF_8));
		CliRun run = CliRun.of("generate", "--to", "html,docx,md,json", "-o", dir.resolve("out").toString(), file.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertEquals(List.of(file), files(dir));
	}

	@Test
	void carriageReturnLineEndsGiveTheSameDiagnosticsAsLineFeeds() throws IOException {
		String broken = JIA_2023.replace("year 2023", "year ？").replace("  section problems \"无。\"", "  section problems 12");
		Path lf = write(dir, "lf/甲2023.gongkai", broken);
		Path cr = write(dir, "cr/甲2023.gongkai", broken.replace('\n', '\r'));
		Path crlf = write(dir, "crlf/甲2023.gongkai", broken.replace("\n", "\r\n"));
		CliRun lfRun = CliRun.of("validate", lf.toString());
		assertEquals(1, lfRun.exit(), lfRun.out() + lfRun.err());
		assertTrue(lfRun.out().contains(":3:"), lfRun.out());
		assertEquals(lfRun.out().replace("lf", "cr"), CliRun.of("validate", cr.toString()).out());
		assertEquals(lfRun.out().replace("lf", "crlf"), CliRun.of("validate", crlf.toString()).out());
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}
}
