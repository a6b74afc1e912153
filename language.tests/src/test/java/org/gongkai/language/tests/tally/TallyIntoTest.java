package org.gongkai.language.tests.tally;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.language.tests.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai tally --into REPORT}: part 三 replaced in place, every other byte of the report as it was. */
class TallyIntoTest {

	private static final Path EXAMPLES = Path.of("..", "examples");

	@TempDir
	Path dir;

	@Test
	void everyExampleKeepsEveryByteOutsidePartThree() throws IOException {
		Path register = new RegisterFile().addAll(TallyCommandTest.SIX).writeXlsx(dir.resolve("台账.xlsx"));
		List<Path> examples;
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			examples = files.filter(f -> f.toString().endsWith(".gongkai")).sorted().toList();
		}
		assertEquals(5, examples.size());
		for (Path example : examples) {
			Path report = Files.copy(example, dir.resolve(example.getFileName()));
			byte[] before = Files.readAllBytes(report);
			CliRun run = CliRun.of("tally", "--into", report.toString(), register.toString());
			assertEquals(0, run.exit(), example + ": " + run.out() + run.err());
			assertTrue(run.outLines()[0].startsWith("已按台账填入 " + report + " 的第三部分（"), run.out());
			byte[] after = Files.readAllBytes(report);
			int start = partThreeStart(before);
			int end = partThreeEnd(before, start);
			int tail = before.length - end;
			assertArrayEquals(Arrays.copyOfRange(before, 0, start), Arrays.copyOfRange(after, 0, start), example + ": before part 三");
			assertArrayEquals(Arrays.copyOfRange(before, end, before.length), Arrays.copyOfRange(after, after.length - tail, after.length),
					example + ": after part 三");
			String written = new String(after, start, after.length - tail - start, StandardCharsets.UTF_8);
			assertTrue(written.startsWith("section apply <\n") && written.endsWith(">"), written);
			CliRun validated = CliRun.of("validate", report.toString());
			assertTrue(!validated.out().contains("[apply."), example + ": " + validated.out());
		}
	}

	@Test
	void aReportInChineseGetsChineseKeywordsAndTheChangesArePrinted() throws IOException {
		Path register = new RegisterFile().addAll(TallyCommandTest.SIX).writeXlsx(dir.resolve("台账.xlsx"));
		Path report = dir.resolve("甲2023.gongkai");
		Files.writeString(report, """
				报告 "甲2023" {
				  机关 "甲县人民政府"
				  年度 2023
				  部分 依申请公开 <
				    自然人: 本年新收 1, 上年结转 1, 予以公开 1, 国家秘密 1, 结转下年度 0
				    总计:   本年新收 3
				  >
				  部分 复议诉讼 < >
				}
				""");
		CliRun run = CliRun.of("tally", "--into", report.toString(), register.toString());
		assertEquals(0, run.exit(), run.out());
		// 自然人 was right already; 总计's unwritten cells were the sums of the column as written
		assertEquals(List.of("已按台账填入 " + report + " 的第三部分（2023 年度），改动 8 个单元格：",
				"  三·一、本年新收政府信息公开申请数量·商业企业：0 → 1", "  三（五）不予处理2.重复申请·商业企业：0 → 1", "  三（七）总计·商业企业：0 → 1",
				"  三·一、本年新收政府信息公开申请数量·法律服务机构：0 → 1", "  三·四、结转下年度继续办理·法律服务机构：0 → 1",
				"  三（五）不予处理2.重复申请·总计：0 → 1", "  三（七）总计·总计：2 → 3", "  三·四、结转下年度继续办理·总计：0 → 1"),
				List.of(run.outLines()));
		String text = Files.readString(report);
		assertTrue(text.contains("  部分 依申请公开 <\n    自然人:       本年新收 1, 上年结转 1, 予以公开 1, 国家秘密 1, 总计 2, 结转下年度 0\n"), text);
		assertTrue(text.endsWith("  >\n  部分 复议诉讼 < >\n}\n"), text);
	}

	@Test
	void aReportWithoutPartThreeGetsItBeforeItsClosingBrace() throws IOException {
		Path register = new RegisterFile().addAll(TallyCommandTest.SIX).writeXlsx(dir.resolve("台账.xlsx"));
		Path report = dir.resolve("甲2023.gongkai");
		String head = "report \"甲2023\" {\n  organ \"甲县人民政府\"\n  year 2023\n";
		Files.writeString(report, head + "}\n");
		CliRun run = CliRun.of("tally", "--into", report.toString(), register.toString());
		assertEquals(0, run.exit(), run.out());
		assertEquals(head + TallyCommandTest.SIX_IN_2023.replace(System.lineSeparator(), "\n").indent(2) + "}\n", Files.readString(report));
	}

	@Test
	void notesAndCommentsInPartThreeAreKept() throws IOException {
		Path register = new RegisterFile().addAll(TallyCommandTest.SIX).writeXlsx(dir.resolve("台账.xlsx"));
		Path report = dir.resolve("甲2023.gongkai");
		Files.writeString(report, """
				report "甲2023" {
				  year 2023
				  section apply <
				    // 数据来自登记台账
				    natural: new 7 "含网上申请 2 件", carried 1
				    legal:   petition 0 "无"
				  >
				}
				""");
		assertEquals(0, CliRun.of("tally", "--into", report.toString(), register.toString()).exit());
		String text = Files.readString(report);
		assertTrue(text.contains("  section apply <\n    // 数据来自登记台账\n"
				+ "    natural:   new 1 \"含网上申请 2 件\", carried 1, granted 1, secret 1, total 2, next 0\n"), text);
		assertTrue(text.contains("    legal:     new 1, carried 0, petition 0 \"无\", total 0, next 1\n"), text);
	}

	@Test
	void aByteOrderMarkAndWindowsLineEndsStay() throws IOException {
		Path register = new RegisterFile().addAll(TallyCommandTest.SIX).writeXlsx(dir.resolve("台账.xlsx"));
		Path report = dir.resolve("甲2023.gongkai");
		String head = "report \"甲2023\" {\r\n  year 2023\r\n";
		String tail = "  section review < >\r\n}\r\n";
		byte[] mark = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		Files.write(report, concat(mark, (head + "  section apply <\r\n    natural: new 9\r\n  >\r\n" + tail).getBytes(StandardCharsets.UTF_8)));
		assertEquals(0, CliRun.of("tally", "--into", report.toString(), register.toString()).exit());
		String expected = head + "  " + TallyCommandTest.SIX_IN_2023.replace(System.lineSeparator(), "\n").strip().replace("\n", "\r\n  ")
				+ "\r\n" + tail;
		assertArrayEquals(concat(mark, expected.getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(report));
	}

	@Test
	void aReportNotInUtf8IsLeftAsItIs() throws IOException {
		Path register = new RegisterFile().addAll(TallyCommandTest.SIX).writeXlsx(dir.resolve("台账.xlsx"));
		Path report = dir.resolve("甲2023.gongkai");
		byte[] gbk = "report \"甲2023\" {\n  year 2023\n}\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
		Files.write(report, gbk);
		CliRun run = CliRun.of("tally", "--into", report.toString(), register.toString());
		assertEquals(2, run.exit());
		assertEquals("gongkai: " + report + "：文件不是 UTF-8 编码，已按 GB18030 读取；建议另存为 UTF-8；未填入，以免改变文件的编码" + System.lineSeparator(),
				run.err());
		assertArrayEquals(gbk, Files.readAllBytes(report));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	@Test
	void theSameTallyAgainChangesNothing() throws IOException {
		Path register = new RegisterFile().addAll(TallyCommandTest.SIX).writeXlsx(dir.resolve("台账.xlsx"));
		Path report = Files.copy(EXAMPLES.resolve("gongbujiangda-2023.gongkai"), dir.resolve("a.gongkai"));
		assertEquals(0, CliRun.of("tally", "--into", report.toString(), register.toString()).exit());
		byte[] once = Files.readAllBytes(report);
		CliRun again = CliRun.of("tally", "--into", report.toString(), register.toString());
		assertEquals(0, again.exit());
		assertEquals(report + " 的第三部分与台账 2023 年度的统计相同，未改动", again.lastOutLine());
		assertArrayEquals(once, Files.readAllBytes(report));
	}

	/** Where the example writes {@code section apply <}, found in its bytes. */
	private static int partThreeStart(byte[] report) {
		String text = new String(report, StandardCharsets.UTF_8);
		int at = text.indexOf("section apply <");
		assertTrue(at >= 0);
		return text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
	}

	/** Just after the {@code >} that closes part 三: the first line after its start that is only {@code >}. */
	private static int partThreeEnd(byte[] report, int start) {
		String rest = new String(report, start, report.length - start, StandardCharsets.UTF_8);
		int line = rest.indexOf("\n  >\n");
		assertTrue(line >= 0);
		return start + rest.substring(0, line + 4).getBytes(StandardCharsets.UTF_8).length;
	}
}
