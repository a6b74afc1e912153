package org.gongkai.language.tests.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.gongkai.language.tests.cli.CliReports.JIA_2023;
import static org.gongkai.language.tests.cli.CliReports.jia2024;
import static org.gongkai.language.tests.cli.CliReports.numbered;
import static org.gongkai.language.tests.cli.CliReports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code gongkai validate} as a user runs it (LANGUAGE.md §7). */
class ValidateCommandTest {

	@TempDir
	Path dir;

	@Test
	void validReportExitsZeroWithSummary() throws IOException {
		Path file = write(dir, "甲2023.gongkai", JIA_2023);
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals("共 1 个文件：0 个错误，0 个警告" + System.lineSeparator(), run.out(), run.err());
		assertEquals(0, run.exit());
	}

	@Test
	void syntaxErrorExitsOneWithPositionAndCode() throws IOException {
		Path file = write(dir, "bad.gongkai", JIA_2023.replace("year 2023", "year ？"));
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertTrue(run.out().lines().anyMatch(line -> line.matches("\\Q" + file + "\\E:3:\\d+: error: .+ \\[syntax\\]")), run.out());
		assertTrue(run.lastOutLine().matches("共 1 个文件：[1-9]\\d* 个错误，\\d+ 个警告"), run.out());
	}

	@Test
	void jsonHasTheFieldsAndNoSummary() throws IOException {
		Path file = write(dir, "bad.gongkai", JIA_2023.replace("year 2023", "year ？"));
		CliRun run = CliRun.of("validate", "--format", "json", file.toString());
		assertEquals(1, run.exit(), run.err());
		JsonArray diagnostics = JsonParser.parseString(run.out()).getAsJsonArray();
		assertFalse(diagnostics.isEmpty());
		JsonObject first = diagnostics.get(0).getAsJsonObject();
		assertEquals(Set.of("file", "line", "column", "endLine", "endColumn", "severity", "code", "message"), first.keySet());
		assertEquals(file.toString(), first.get("file").getAsString());
		assertEquals(3, first.get("line").getAsInt());
		assertEquals("error", first.get("severity").getAsString());
		assertEquals("syntax", first.get("code").getAsString());
	}

	@Test
	void jsonOfAValidReportIsAnEmptyArray() throws IOException {
		Path file = write(dir, "甲2023.gongkai", JIA_2023);
		CliRun run = CliRun.of("validate", "--format=json", file.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(0, JsonParser.parseString(run.out()).getAsJsonArray().size());
	}

	@Test
	void missingFileExitsTwoInChinese() {
		String missing = dir.resolve("nosuch.gongkai").toString();
		CliRun run = CliRun.of("validate", missing);
		assertEquals(2, run.exit());
		assertEquals("gongkai: 无法读取 " + missing + "：文件不存在" + System.lineSeparator(), run.err());
		assertTrue(run.noStackTrace(), run.err());
		assertEquals("", run.out());
	}

	@Test
	void folderIsWalkedAndSorted() throws IOException {
		write(dir, "b/乙.gongkai", JIA_2023.replace("year 2023", "year ？").replace("甲2023", "乙2023"));
		write(dir, "a/甲2023.gongkai", JIA_2023);
		write(dir, "a/notes.txt", "不是报告");
		write(dir, "c/丙.gongkai", JIA_2023.replace("\"甲2023\"", "\"丙2023\"").replace("year 2023", "year ？"));
		CliRun run = CliRun.of("validate", dir.toString());
		assertEquals(1, run.exit(), run.err());
		List<String> files = run.out().lines().filter(line -> line.contains(".gongkai:"))
				.map(line -> line.substring(0, line.indexOf(".gongkai:") + ".gongkai".length())).distinct().toList();
		assertEquals(List.of(dir.resolve("b/乙.gongkai").toString(), dir.resolve("c/丙.gongkai").toString()), files);
		assertTrue(run.lastOutLine().startsWith("共 3 个文件："), run.out());
	}

	@Test
	void folderWithoutReportsExitsTwo() throws IOException {
		write(dir, "empty/notes.md", "不是报告");
		CliRun run = CliRun.of("validate", dir.resolve("empty").toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("没有 .gongkai 文件"), run.err());
		assertTrue(run.noStackTrace(), run.err());
	}

	@Test
	void invalidUtf8ExitsTwoWithTheOffset() throws IOException {
		byte[] text = JIA_2023.getBytes(UTF_8);
		text[3] = (byte) 0xFF;
		Path file = write(dir, "latin.gongkai", text);
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(2, run.exit(), run.out());
		assertEquals("gongkai: 无法读取 " + file + "：不是有效的 UTF-8 文本（字节偏移 3），也不是 GB18030（GBK）或带字节顺序标记的 UTF-16 文本；"
				+ "请用编辑器把它另存为 UTF-8 编码" + System.lineSeparator(), run.err());
	}

	@Test
	void byteOrderMarkIsAccepted() throws IOException {
		byte[] text = JIA_2023.getBytes(UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		CliRun run = CliRun.of("validate", write(dir, "bom.gongkai", withBom).toString());
		assertEquals(0, run.exit(), run.out() + run.err());
	}

	@Test
	void randomBytesDoNotCrash() throws IOException {
		Random random = new Random(20231231);
		for (int i = 0; i < 8; i++) {
			byte[] bytes = new byte[1 + random.nextInt(4000)];
			random.nextBytes(bytes);
			if (i % 2 == 0) {
				for (int j = 0; j < bytes.length; j++) {
					bytes[j] &= 0x7F;
				}
			}
			CliRun run = CliRun.of("validate", write(dir, "random" + i + ".gongkai", bytes).toString());
			assertTrue(run.exit() == 1 || run.exit() == 2, "exit " + run.exit());
			assertTrue(run.noStackTrace(), run.out() + run.err());
		}
	}

	@Test
	void previousIsResolvedAgainstASiblingFile() throws IOException {
		write(dir, "甲2023.gongkai", JIA_2023);
		Path thisYear = write(dir, "甲2024.gongkai", jia2024("甲2023", 5));
		CliRun run = CliRun.of("validate", thisYear.toString());
		assertEquals("共 1 个文件：0 个错误，0 个警告" + System.lineSeparator(), run.out(), run.err());
	}

	@Test
	void siblingNumbersAreReadForTheCrossYearRules() throws IOException {
		write(dir, "甲2023.gongkai", JIA_2023);
		Path named = write(dir, "甲2024.gongkai", jia2024("甲2023", 4));
		CliRun run = CliRun.of("validate", named.toString());
		assertTrue(run.out().contains("[previous.carried]"), run.out());
		assertEquals(0, run.exit(), run.out());
	}

	@Test
	void lastYearIsFoundByOrganAndYearWithoutPrevious() throws IOException {
		write(dir, "甲2023.gongkai", JIA_2023);
		Path unnamed = write(dir, "甲2024.gongkai", jia2024(null, 4));
		CliRun run = CliRun.of("validate", unnamed.toString());
		assertTrue(run.out().contains("[previous.carried]"), run.out());
	}

	@Test
	void wrongPreviousNameIsUnresolved() throws IOException {
		write(dir, "甲2023.gongkai", JIA_2023);
		Path thisYear = write(dir, "甲2024.gongkai", jia2024("乙2023", 5));
		CliRun run = CliRun.of("validate", thisYear.toString());
		assertTrue(run.out().contains("[previous.unresolved]"), run.out());
		assertTrue(run.lastOutLine().startsWith("共 1 个文件："), run.out());
	}

	@Test
	void largeBatchIsCheckedInParallelAndPrintedInOrder() throws IOException {
		for (int n = 1; n <= 40; n++) {
			for (int year = 2022; year <= 2023; year++) {
				write(dir, String.format("%02d-%d.gongkai", n, year), numbered(n, year, n % 10 == 0 && year == 2023));
			}
		}
		CliRun first = CliRun.of("validate", dir.toString());
		CliRun second = CliRun.of("validate", dir.toString());
		assertEquals(1, first.exit(), first.err());
		assertEquals(first.out(), second.out());
		List<String> files = first.out().lines().filter(line -> line.contains(".gongkai:"))
				.map(line -> Path.of(line.substring(0, line.indexOf(".gongkai:") + ".gongkai".length())).getFileName().toString())
				.distinct().toList();
		assertEquals(List.of("10-2023.gongkai", "20-2023.gongkai", "30-2023.gongkai", "40-2023.gongkai"), files);
		assertTrue(first.lastOutLine().startsWith("共 80 个文件："), first.lastOutLine());
		List<String> diagnostics = first.out().lines().filter(line -> line.contains(".gongkai:")).toList();
		assertEquals(diagnostics.stream().sorted(BY_POSITION).toList(), diagnostics);
	}

	private static final Comparator<String> BY_POSITION = Comparator.<String, String> comparing(line -> line.split(":")[0])
			.thenComparingInt(line -> Integer.parseInt(line.split(":")[1]))
			.thenComparingInt(line -> Integer.parseInt(line.split(":")[2]));
}
