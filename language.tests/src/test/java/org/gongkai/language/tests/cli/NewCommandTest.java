package org.gongkai.language.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai new} as a user runs it (LANGUAGE.md §7). */
class NewCommandTest {

	private static final String NL = System.lineSeparator();

	@TempDir
	Path dir;

	@Test
	void theSkeletonValidatesWithWarningsOnly() throws IOException {
		Path file = dir.resolve("甲.gongkai");
		CliRun run = CliRun.of("new", "--organ", "甲县人民政府", "--year", "2024", "-o", file.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertEquals("已创建 " + file + NL, run.out());
		String text = Files.readString(file);
		for (String part : List.of("overview", "active", "apply", "review", "problems", "other")) {
			assertTrue(text.contains("section " + part + " "), part);
		}
		assertTrue(text.contains("organ  \"甲县人民政府\"") && text.contains("year   2024") && text.contains("level  government"), text);
		CliRun validate = CliRun.of("validate", file.toString());
		assertEquals(0, validate.exit(), validate.out());
		assertEquals(Set.of("issued.missing", "text.placeholder"), codes(validate));
		assertEquals("共 1 个文件：0 个错误，8 个警告", validate.lastOutLine());
	}

	@Test
	void everyLevelAndFormatValidatesWithoutErrors() throws IOException {
		for (String level : List.of("government", "department", "township")) {
			for (String format : List.of("2021", "2019")) {
				Path file = dir.resolve(level + format).resolve("报告.gongkai");
				CliRun run = CliRun.of("new", "--organ", "甲县某机关", "--year", "2020", "--level", level, "--format", format, "-o",
						file.toString());
				assertEquals(0, run.exit(), run.err());
				assertTrue(Files.readString(file).contains("format 2") && Files.readString(file).contains("level  " + level));
				CliRun validate = CliRun.of("validate", file.toString());
				assertEquals(0, validate.exit(), level + " " + format + ": " + validate.out());
			}
		}
	}

	@Test
	void aFolderGetsTheDefaultName() throws IOException {
		CliRun run = CliRun.of("new", "--organ", "乙镇人民政府", "--year", "2024", "-o", dir.toString());
		assertEquals(0, run.exit(), run.err());
		Path file = dir.resolve("乙镇人民政府2024.gongkai");
		assertEquals("已创建 " + file + NL, run.out());
		assertTrue(Files.readString(file).contains("level  township"), "the level read from the organ's name");
	}

	@Test
	void anExistingFileIsNeverOverwritten() throws IOException {
		Path file = CliReports.write(dir, "甲.gongkai", "我的报告");
		CliRun run = CliRun.of("new", "--organ", "甲县人民政府", "--year", "2024", "-o", file.toString());
		assertEquals(2, run.exit());
		assertEquals("gongkai: " + file + " 已存在，不会覆盖；请用 -o 另给一个文件名" + NL, run.err());
		assertEquals("我的报告", Files.readString(file));
		assertEquals(List.of(file), Files.list(dir).toList(), "no temporary file is left");
	}

	@Test
	void theSkeletonCanBeGenerated() throws IOException {
		Path file = dir.resolve("甲.gongkai");
		assertEquals(0, CliRun.of("new", "--organ", "甲县人民政府", "--year", "2024", "-o", file.toString()).exit());
		CliRun run = CliRun.of("generate", "--to", "json", file.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(Files.readString(dir.resolve("甲.json")).contains("〔待填写〕"));
	}

	@Test
	void usageErrorsExitTwo() {
		String out = dir.resolve("x.gongkai").toString();
		List<String[]> calls = List.of(
				new String[] { "new", "--year", "2024", "-o", out },
				new String[] { "new", "--organ", "甲县人民政府", "-o", out },
				new String[] { "new", "--organ", "甲县人民政府", "--year", "24", "-o", out },
				new String[] { "new", "--organ", "甲县人民政府", "--year", "2024", "--format", "2020", "-o", out },
				new String[] { "new", "--organ", "甲县人民政府", "--year", "2024", "--level", "city", "-o", out },
				new String[] { "new", "--organ", " ", "--year", "2024", "-o", out });
		for (String[] call : calls) {
			CliRun run = CliRun.of(call);
			assertEquals(2, run.exit(), String.join(" ", call) + ": " + run.out());
			assertTrue(!run.err().isEmpty() && run.noStackTrace(), run.err());
		}
		assertTrue(!Files.exists(Path.of(out)));
	}

	private static Set<String> codes(CliRun validate) {
		Set<String> codes = new TreeSet<>();
		validate.out().lines().filter(line -> line.endsWith("]"))
				.forEach(line -> codes.add(line.substring(line.lastIndexOf('[') + 1, line.length() - 1)));
		return codes;
	}

	@Test
	void nextYearStartsBesideLastYearsWithItsCarriedAndValidNumbers() throws IOException {
		Path last = dir.resolve("2023").resolve("gongbujiangda-2023.gongkai");
		Files.createDirectories(last.getParent());
		Files.copy(Path.of("..", "examples", "gongbujiangda-2023.gongkai"), last);
		CliRun run = CliRun.of("new", "--from", last.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		Path next = last.resolveSibling("工布江达县人民政府2024.gongkai");
		assertEquals("已创建 " + next + NL, run.out());
		String text = Files.readString(next);
		assertTrue(text.contains("previous \"工布江达县2023\"") && text.contains("normative: valid 12") && text.contains("year     2024"), text);
		CliRun validate = CliRun.of("validate", next.toString());
		assertEquals(0, validate.exit(), validate.out());
		assertEquals(Set.of("issued.missing", "text.placeholder"), codes(validate));

		CliRun again = CliRun.of("new", "--from", last.toString());
		assertEquals(2, again.exit());
		assertTrue(again.err().contains(next + " 已存在，不会覆盖"), again.err());
		assertEquals(text, Files.readString(next));
	}

	@Test
	void nextYearNeedsAReportWithOrganAndYearAndNothingElseToName() throws IOException {
		Path bare = dir.resolve("bare.gongkai");
		Files.writeString(bare, "report \"x\" { organ \"甲县人民政府\" }");
		CliRun noYear = CliRun.of("new", "--from", bare.toString());
		assertEquals(2, noYear.exit());
		assertTrue(noYear.err().contains("没有写明机关（organ）和年度（year）"), noYear.err());
		CliRun both = CliRun.of("new", "--from", bare.toString(), "--year", "2024");
		assertEquals(2, both.exit());
		assertTrue(both.err().contains("不能再给 --organ、--year 或 --level"), both.err());
		CliRun missing = CliRun.of("new", "--from", dir.resolve("没有这个文件.gongkai").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().contains("无法读取上年的报告"), missing.err());
		CliRun neither = CliRun.of("new", "--organ", "甲县人民政府");
		assertEquals(2, neither.exit());
		assertTrue(neither.err().contains("须给出 --organ 和 --year"), neither.err());
		try (var files = Files.list(dir)) {
			assertEquals(List.of(bare), files.toList());
		}
	}
}
