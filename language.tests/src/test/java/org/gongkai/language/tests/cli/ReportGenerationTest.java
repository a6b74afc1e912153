package org.gongkai.language.tests.cli;

import static org.gongkai.language.tests.cli.CliReports.JIA_2023;
import static org.gongkai.language.tests.cli.CliReports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.language.GongkaiStandaloneSetup;
import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.ide.output.ReportGeneration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/** The generation the Eclipse plug-in runs: the command line's plan, rendering and writing for one report. */
class ReportGenerationTest {

	private static final Injector INJECTOR = new GongkaiStandaloneSetup().createInjectorAndDoEMFRegistration();

	@TempDir
	Path dir;

	private final ReportGeneration generation = new ReportGeneration(INJECTOR);

	private static List<DocumentFormat> formats(String... names) {
		DocumentFormats formats = INJECTOR.getInstance(DocumentFormats.class);
		return List.of(names).stream().map(name -> formats.byName(name).orElseThrow()).toList();
	}

	@Test
	void writesEachFormatBesideTheReport() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);

		ReportGeneration.Outcome outcome = generation.generate(report, formats("html", "md"), List.of());

		assertEquals(List.of(dir.resolve("甲2023.html"), dir.resolve("甲2023.md")), outcome.written());
		assertEquals(List.of(), outcome.refusals());
		assertTrue(Files.readString(dir.resolve("甲2023.html")).contains("<meta name=\"generator\" content=\"Gongkai"));
	}

	@Test
	void overwritesItsOwnFilesButNeverAFileGongkaiDidNotWrite() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		generation.generate(report, formats("html"), List.of());
		assertEquals(List.of(dir.resolve("甲2023.html")), generation.generate(report, formats("html"), List.of()).written());

		Path mine = write(dir, "甲2023.md", "# 我的笔记");
		ReportGeneration.Outcome outcome = generation.generate(report, formats("html", "md"), List.of());

		assertEquals(List.of(), outcome.written(), "nothing is written when one file is refused");
		assertEquals(List.of("不覆盖 " + mine + "：这个文件不是 Gongkai 生成的；请先移走或改名这个文件"), outcome.refusals());
		assertEquals("# 我的笔记", Files.readString(mine));
	}

	@Test
	void neverOverwritesAnotherReport() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		Path other = write(dir, "甲2023.md", JIA_2023);

		ReportGeneration.Outcome outcome = generation.generate(report, formats("md"), List.of(other));

		assertEquals(1, outcome.refusals().size(), outcome.refusals().toString());
		assertTrue(outcome.refusals().get(0).startsWith("不会覆盖报告文件 " + other), outcome.refusals().toString());
	}
}
