package org.gongkai.language.tests.tally;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.language.tests.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register with a mistake: {@code gongkai tally} names the row and says what to write, exits with 1, and writes
 * nothing, not even into the report it was to fill (LANGUAGE.md §8).
 */
class TallyErrorsTest {

	private static final String REPORT = """
			report "甲2023" {
			  organ "甲县人民政府"
			  year 2023
			  section apply <
			    natural: new 5, next 5
			  >
			}
			""";

	@TempDir
	Path dir;

	/** The register's lines with one mistake, in the sheet's third row (under a title and the header). */
	private CliRun tallied(RegisterFile.Line mistake) throws IOException {
		Path register = new RegisterFile().add(mistake).add(new RegisterFile.Line("2023-02-01", "自然人", "", "")).datesAsText()
				.writeXlsx(dir.resolve("台账.xlsx"));
		Path report = dir.resolve("甲2023.gongkai");
		Files.writeString(report, REPORT);
		CliRun run = CliRun.of("tally", "--into", report.toString(), register.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertArrayEquals(REPORT.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(report), "the report was written");
		assertTrue(run.noStackTrace(), run.err());
		return run;
	}

	private static void saysFirst(CliRun run, String line) {
		String register = run.outLines()[0].split(" ", 2)[0];
		assertEquals(register + " " + line, run.outLines()[0], run.out());
		assertEquals("台账有 1 处错误，未填入 " + run.outLines()[1].substring(run.outLines()[1].indexOf("未填入 ") + 4), run.outLines()[1]);
	}

	@Test
	void anUnknownApplicantTypeListsTheTypes() throws IOException {
		saysFirst(tallied(new RegisterFile.Line("2023-01-05", "群众", "", "")),
				"第 3 行：申请人类型“群众”不是表中的一类；请写 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他 之一（也可写 个人、公民、企业、公司、律师事务所）");
	}

	@Test
	void anAmbiguousApplicantTypeAsksWhich() throws IOException {
		saysFirst(tallied(new RegisterFile.Line("2023-01-05", "法人或其他组织", "", "")),
				"第 3 行：申请人类型“法人或其他组织”不清楚是哪一类（可能是 商业企业、科研机构、社会公益组织、法律服务机构、其他）；请写明其中之一");
	}

	@Test
	void anUnknownOutcomeListsTheOutcomes() throws IOException {
		CliRun run = tallied(new RegisterFile.Line("2023-01-05", "自然人", "已答复", "2023-01-20"));
		assertTrue(run.outLines()[0].endsWith("第 3 行：办理结果“已答复”不是表中的一项；请写 予以公开、部分公开、国家秘密、法律法规禁止、三安全一稳定、第三方合法权益、"
				+ "内部事务信息、过程性信息、行政执法案卷、行政查询事项、本机关不掌握、需另行制作、申请内容不明确、信访举报投诉、重复申请、公开出版物、大量反复申请、"
				+ "确认或重新出具、逾期不补正、逾期不缴费、其他处理 之一（也可带上分组，如 不予公开-属于国家秘密）"), run.out());
	}

	@Test
	void aDateThatIsNoDate() throws IOException {
		saysFirst(tallied(new RegisterFile.Line("2023-02-30", "自然人", "", "")),
				"第 3 行：“收到日期”的“2023-02-30”不是日期；请写收到申请的日期，如 2023-01-05、2023/1/5、2023年1月5日 或 20230105");
		saysFirst(tallied(new RegisterFile.Line("1月5日", "自然人", "", "")),
				"第 3 行：“收到日期”的“1月5日”不是日期；请写收到申请的日期，如 2023-01-05、2023/1/5、2023年1月5日 或 20230105");
	}

	@Test
	void closedBeforeReceived() throws IOException {
		saysFirst(tallied(new RegisterFile.Line("2023-03-05", "自然人", "予以公开", "2023-03-01")),
				"第 3 行：办结日期 2023-03-01 早于收到日期 2023-03-05；请改正其中之一");
	}

	@Test
	void anOutcomeWithoutClosingDateAndTheOtherWayRound() throws IOException {
		saysFirst(tallied(new RegisterFile.Line("2023-03-05", "自然人", "予以公开", "")),
				"第 3 行：有“办理结果”（予以公开）而没有“办结日期”；请写办结日期，或在仍在办理时清空办理结果");
		saysFirst(tallied(new RegisterFile.Line("2023-03-05", "自然人", "", "2023-03-08")),
				"第 3 行：有“办结日期”（2023-03-08）而没有“办理结果”；请写办理结果，或在仍在办理时清空办结日期");
	}

	@Test
	void anEmptyApplicantTypeOrDateReceived() throws IOException {
		saysFirst(tallied(new RegisterFile.Line("2023-03-05", "", "", "")), "第 3 行：“申请人类型”为空；请写申请人类型，如 自然人");
		saysFirst(tallied(new RegisterFile.Line("", "自然人", "", "")), "第 3 行：“收到日期”为空；请写收到申请的日期，如 2023-01-05");
	}

	@Test
	void everyMistakeIsListedAtOnceRowByRow() throws IOException {
		Path register = new RegisterFile().add(new RegisterFile.Line("2023-01-05", "群众", "", ""))
				.add(new RegisterFile.Line("2023-02-30", "自然人", "", "")).add(new RegisterFile.Line("2023-03-01", "自然人", "已答复", "2023-03-02"))
				.datesAsText().writeXlsx(dir.resolve("台账.xlsx"));
		CliRun run = CliRun.of("tally", "--year", "2023", register.toString());
		assertEquals(1, run.exit(), run.out());
		assertEquals(List.of(3, 4, 5), List.of(run.outLines()).subList(0, 3).stream()
				.map(line -> Integer.parseInt(line.replaceAll(".* 第 (\\d+) 行：.*", "$1"))).toList(), run.out());
		assertEquals("台账有 3 处错误，未统计；请按上面所说改正后再试", run.outLines()[3]);
	}

	@Test
	void aMissingRequiredColumnNamesTheHeadersFound() throws IOException {
		Path register = new RegisterFile().headers("序号", "收到日期", "申请人姓名", "办理结果", "办结日期")
				.add(new RegisterFile.Line("2023-01-05", "自然人", "", "")).writeXlsx(dir.resolve("台账.xlsx"));
		CliRun run = CliRun.of("tally", register.toString());
		assertEquals(1, run.exit(), run.out());
		assertEquals(register + " 第 2 行：找不到“申请人类型”列（表头可写 申请人类型、申请人性质、申请人类别）；找到的表头是 序号、收到日期、申请人姓名、办理结果、办结日期",
				run.outLines()[0]);
		assertEquals("台账有 1 处错误，未统计；请按上面所说改正后再试", run.outLines()[1]);
	}

	@Test
	void noHeaderAtAll() throws IOException {
		Path register = dir.resolve("台账.csv");
		Files.writeString(register, "张三,2023-01-05\n李四,2023-02-01\n");
		CliRun run = CliRun.of("tally", register.toString());
		assertEquals(1, run.exit(), run.out());
		assertEquals(register + " 第 1 行：找不到“收到日期”列（表头可写 收到日期、收到申请日期、申请日期、受理日期、登记日期）；找到的表头是 张三、2023-01-05",
				run.outLines()[0]);
	}

	@Test
	void registersOverSeveralYearsNeedTheYear() throws IOException {
		Path register = new RegisterFile().addAll(TallyCommandTest.SIX).writeXlsx(dir.resolve("台账.xlsx"));
		CliRun run = CliRun.of("tally", register.toString());
		assertEquals(1, run.exit(), run.out());
		assertEquals(List.of("台账中有 2022、2023、2024 年收到的申请；请指明年度（--year）", "台账有 1 处错误，未统计；请按上面所说改正后再试"),
				List.of(run.outLines()));
	}

	@Test
	void aFileThatIsNoWorkbook() throws IOException {
		Path register = dir.resolve("台账.xlsx");
		Files.writeString(register, "不是工作簿");
		CliRun run = CliRun.of("tally", register.toString());
		assertEquals(2, run.exit(), run.out());
		assertEquals("gongkai: " + register + "：不是 .xlsx 工作簿，也不是 .csv 文件；请在 Excel 或 WPS 中另存为 .xlsx 再试" + System.lineSeparator(), run.err());
	}
}
