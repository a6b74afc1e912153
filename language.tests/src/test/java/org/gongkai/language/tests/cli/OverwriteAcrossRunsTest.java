package org.gongkai.language.tests.cli;

import static org.gongkai.language.tests.cli.CliReports.JIA_2023;
import static org.gongkai.language.tests.cli.CliReports.numbered;
import static org.gongkai.language.tests.cli.CliReports.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document is replaced, without --force, only by one generated from the same report file (issue 10 #7). */
class OverwriteAcrossRunsTest {

	private static final List<String> EXTENSIONS = List.of("html", "docx", "md", "json");

	@TempDir
	Path dir;

	@Test
	void anotherReportOfTheSameFileNameIsRefusedUntilForced() throws IOException {
		Path a = write(dir, "a/2023.gongkai", JIA_2023);
		Path b = write(dir, "b/2023.gongkai", numbered(1, 2023, false));
		Path pub = dir.resolve("pub");
		CliRun first = generate(pub, a);
		assertEquals(0, first.exit(), first.out() + first.err());
		List<byte[]> written = contents(pub);

		CliRun second = generate(pub, b);
		assertEquals(2, second.exit(), second.out() + second.err());
		for (String extension : EXTENSIONS) {
			assertTrue(second.err().contains("不覆盖 " + pub.resolve("2023." + extension) + "：它是由另一个文件夹中的报告 2023.gongkai 生成的，不是由 "
					+ b + "；确需覆盖，请加 --force"), second.err());
		}
		for (int i = 0; i < EXTENSIONS.size(); i++) {
			assertArrayEquals(written.get(i), Files.readAllBytes(pub.resolve("2023." + EXTENSIONS.get(i))), EXTENSIONS.get(i));
		}

		CliRun forced = generate(pub, b, "--force");
		assertEquals(0, forced.exit(), forced.out() + forced.err());
		assertTrue(Files.readString(pub.resolve("2023.json")).contains("机关1"));
	}

	@Test
	void theSameReportReplacesItsDocumentsAndTheyStayWellFormed() throws IOException {
		Path a = write(dir, "a/2023.gongkai", JIA_2023);
		Path pub = dir.resolve("pub");
		assertEquals(0, generate(pub, a).exit());
		CliRun again = generate(pub, a);
		assertEquals(0, again.exit(), again.out() + again.err());
		try (InputStream in = Files.newInputStream(pub.resolve("2023.docx")); XWPFDocument docx = new XWPFDocument(in)) {
			assertFalse(docx.getParagraphs().isEmpty());
			assertTrue(docx.getProperties().getCoreProperties().getIdentifier().startsWith("gongkai-source:2023.gongkai#"));
		}
	}

	@Test
	void aRenamedReportIsAnotherReport() throws IOException {
		Path a = write(dir, "a/甲.gongkai", JIA_2023);
		Path pub = dir.resolve("pub");
		assertEquals(0, generate(pub, a).exit());
		Path renamed = Files.move(a, dir.resolve("a/乙.gongkai"));
		Files.move(pub.resolve("甲.md"), pub.resolve("乙.md"));
		CliRun run = CliRun.of("generate", "--to", "md", "-o", pub.toString(), renamed.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("它是由报告 甲.gongkai 生成的"), run.err());
	}

	private static CliRun generate(Path out, Path report, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("generate", "--to", String.join(",", EXTENSIONS), "-o", out.toString()));
		args.addAll(List.of(more));
		args.add(report.toString());
		return CliRun.of(args.toArray(String[]::new));
	}

	private static List<byte[]> contents(Path folder) throws IOException {
		List<byte[]> contents = new java.util.ArrayList<>();
		for (String extension : EXTENSIONS) {
			contents.add(Files.readAllBytes(folder.resolve("2023." + extension)));
		}
		return contents;
	}
}
