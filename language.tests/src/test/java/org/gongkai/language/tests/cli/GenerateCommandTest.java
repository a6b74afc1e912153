package org.gongkai.language.tests.cli;

import static org.gongkai.language.tests.cli.CliReports.JIA_2023;
import static org.gongkai.language.tests.cli.CliReports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.language.tests.ReportSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** {@code gongkai generate} as a user runs it (LANGUAGE.md §6–7). */
class GenerateCommandTest {

	private static final Path EXAMPLES = Path.of("..", "examples");
	private static final String NL = System.lineSeparator();

	/** 甲县 2023 with one apply.balance error: 5 received, 4 answered, none carried over. */
	private static final String JIA_UNBALANCED = JIA_2023.replace("\"甲2023\"", "\"甲错2023\"").replace("natural: new 5, next 5",
			"natural: new 5, granted 4");

	@TempDir
	Path dir;

	@Test
	void jsonOfAnExampleWithoutErrorsIsWrittenAndConformsToTheSchema() throws IOException {
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("generate", "--to", "json", "-o", out.toString(), EXAMPLES.resolve("gongbujiangda-2023.gongkai").toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		Path json = out.resolve("gongbujiangda-2023.json");
		// its one warning: part 六 says nothing of the 信息处理费 charged
		assertTrue(run.out().lines().findFirst().orElse("").endsWith("[other.fees]"), run.out());
		assertTrue(run.out().endsWith("共 1 个文件：0 个错误，1 个警告" + NL + "已生成 " + json + NL), run.out());
		assertEquals("", run.err());
		assertEquals(List.of(), ReportSchema.errors(Files.readString(json)));
		assertEquals(List.of(json), list(out), "no temporary file is left");
	}

	@Test
	void nextToTheReportByDefault() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		CliRun run = CliRun.of("generate", "--to=json", report.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(Files.isRegularFile(dir.resolve("甲2023.json")));
	}

	@Test
	void aReportWithErrorsWritesNothingAndPrintsItsDiagnosticsAsValidateDoes() throws IOException {
		Path report = write(dir, "甲错2023.gongkai", JIA_UNBALANCED);
		CliRun validate = CliRun.of("validate", report.toString());
		CliRun run = CliRun.of("generate", "--to", "json", report.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertTrue(validate.out().lines().anyMatch(line -> line.endsWith("[apply.balance]")), validate.out());
		assertEquals(validate.out() + "未生成 " + report + "：报告有错误" + NL, run.out());
		assertEquals(List.of(report), list(dir));
		assertTrue(run.noStackTrace());
	}

	@Test
	void inABatchTheGoodReportIsStillGenerated() throws IOException {
		write(dir, "a/甲2023.gongkai", JIA_2023);
		write(dir, "b/甲错2023.gongkai", JIA_UNBALANCED);
		CliRun run = CliRun.of("generate", "--to", "json", dir.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("已生成 " + dir.resolve("a/甲2023.json") + NL), run.out());
		assertTrue(run.out().contains("未生成 " + dir.resolve("b/甲错2023.gongkai") + "：报告有错误" + NL), run.out());
		assertTrue(Files.isRegularFile(dir.resolve("a/甲2023.json")));
		assertFalse(Files.exists(dir.resolve("b/甲错2023.json")));
	}

	@Test
	void aFileThatIsNotOursIsOverwrittenOnlyWithForce() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		Path foreign = write(dir, "甲2023.json", "{\"mine\": true}\n");
		CliRun refused = CliRun.of("generate", "--to", "json", report.toString());
		assertEquals(2, refused.exit(), refused.out() + refused.err());
		assertTrue(refused.err().contains("不覆盖 " + foreign + "：这个文件不是 Gongkai 生成的；确需覆盖，请加 --force"), refused.err());
		assertEquals("{\"mine\": true}\n", Files.readString(foreign));
		assertTrue(refused.noStackTrace());

		CliRun forced = CliRun.of("generate", "--to", "json", "--force", report.toString());
		assertEquals(0, forced.exit(), forced.out() + forced.err());
		assertEquals("Gongkai", JsonParser.parseString(Files.readString(foreign)).getAsJsonObject().get("generator").getAsString());
	}

	@Test
	void ourOwnFileIsOverwrittenWithoutForce() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		assertEquals(0, CliRun.of("generate", "--to", "json", report.toString()).exit());
		write(dir, "甲2023.gongkai", JIA_2023.replace("natural: new 5, next 5", "natural: new 6, next 6"));
		CliRun again = CliRun.of("generate", "--to", "json", report.toString());
		assertEquals(0, again.exit(), again.out() + again.err());
		assertTrue(Files.readString(dir.resolve("甲2023.json")).contains("\"value\": 6"));
	}

	@Test
	void aReportFileIsNeverOverwrittenEvenWithForce() throws IOException {
		Path report = write(dir, "a/甲2023.gongkai", JIA_2023);
		// a report given under another name, in the folder -o names: 甲2023.gongkai's json would take its place
		String other = JIA_2023.replace("\"甲2023\"", "\"丙2023\"").replace("甲县", "丙县");
		Path input = write(dir, "out/甲2023.json", other);
		CliRun run = CliRun.of("generate", "--to", "json", "--force", "-o", dir.resolve("out").toString(), report.toString(),
				input.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("不会覆盖报告文件 " + dir.resolve("out/甲2023.json")), run.err());
		assertEquals(other, Files.readString(input));
		assertFalse(Files.exists(dir.resolve("out/甲2023.json.json")), "nothing is written when a file is refused");
	}

	@Test
	void twoReportsOfOneNameCannotShareAnOutputFolder() throws IOException {
		Path a = write(dir, "a/甲2023.gongkai", JIA_2023);
		Path b = write(dir, "b/甲2023.gongkai", JIA_2023.replace("\"甲2023\"", "\"乙2023\"").replace("甲县", "乙县"));
		CliRun run = CliRun.of("generate", "--to", "json", "-o", dir.resolve("out").toString(), a.toString(), b.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("都会生成 " + dir.resolve("out/甲2023.json")), run.err());
	}

	@Test
	void everyFormatIsWrittenAndCanBeWrittenAgain() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		CliRun first = CliRun.of("generate", "--to", "html,docx,md,json", report.toString());
		assertEquals(0, first.exit(), first.out() + first.err());
		for (String ext : List.of("html", "docx", "md", "json")) {
			assertTrue(first.out().contains("已生成 " + dir.resolve("甲2023." + ext) + NL), first.out());
			assertTrue(Files.size(dir.resolve("甲2023." + ext)) > 0, ext);
		}
		CliRun second = CliRun.of("generate", "--to", "html,docx,md,json", report.toString());
		assertEquals(0, second.exit(), "each format marks its file as Gongkai's: " + second.err());
	}

	@Test
	void htmlAndDocxByDefault() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		CliRun run = CliRun.of("generate", report.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertEquals(List.of(dir.resolve("甲2023.docx"), dir.resolve("甲2023.gongkai"), dir.resolve("甲2023.html")), list(dir));
	}

	@Test
	void lastYearIsFoundBesideTheReport() throws IOException {
		write(dir, "甲2023.gongkai", JIA_2023);
		Path thisYear = write(dir, "甲2024.gongkai", CliReports.jia2024(null, 4));
		CliRun run = CliRun.of("generate", "--to", "json", thisYear.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("[previous.carried]"), run.out());
		assertTrue(Files.exists(dir.resolve("甲2024.json")));
		assertFalse(Files.exists(dir.resolve("甲2023.json")), "only the files given are generated");
	}

	@Test
	void usageErrorsExitTwo() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		CliRun unknown = CliRun.of("generate", "--to", "pdf", report.toString());
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("不认识的格式 pdf；--to 可用："), unknown.err());
		Path file = write(dir, "file.txt", "x");
		CliRun notAFolder = CliRun.of("generate", "--to", "json", "-o", file.toString(), report.toString());
		assertEquals(2, notAFolder.exit());
		assertTrue(notAFolder.err().contains("不是文件夹"), notAFolder.err());
		assertEquals(2, CliRun.of("generate").exit());
		CliRun missing = CliRun.of("generate", "--to", "json", dir.resolve("nosuch.gongkai").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().contains("文件不存在"), missing.err());
		for (CliRun run : List.of(unknown, notAFolder, missing)) {
			assertTrue(run.noStackTrace(), run.err());
		}
	}

	@Test
	void helpNamesTheDefaultAndTheFileNames() {
		CliRun run = CliRun.of("generate", "--help");
		assertEquals(0, run.exit());
		String help = run.out().replaceAll("\\s+", "");
		assertTrue(help.contains("默认html,docx"), run.out());
		assertTrue(help.contains("zeku-2023.gongkai→zeku-2023.html"), run.out());
		assertTrue(run.out().contains("--force"), run.out());
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
