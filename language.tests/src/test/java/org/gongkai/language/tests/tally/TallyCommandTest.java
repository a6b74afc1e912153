package org.gongkai.language.tests.tally;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.language.tests.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai tally} on registers shaped as offices keep them, as a clerk runs it (LANGUAGE.md §8). */
class TallyCommandTest {

	private static final String NL = System.lineSeparator();

	/** Six applications: two carried into 2023 or closed before it, one received in 2024, one open at the end of 2023. */
	static final List<RegisterFile.Line> SIX = List.of(
			RegisterFile.Line.of(LocalDate.of(2023, 1, 5), "个人", "不予公开-属于国家秘密", LocalDate.of(2023, 2, 1)),
			RegisterFile.Line.of(LocalDate.of(2023, 3, 5), "企业", "重复申请", LocalDate.of(2023, 3, 10)),
			RegisterFile.Line.of(LocalDate.of(2022, 12, 20), "公民", "予以公开", LocalDate.of(2023, 1, 10)),
			RegisterFile.Line.of(LocalDate.of(2023, 12, 20), "律师事务所", null, null),
			RegisterFile.Line.of(LocalDate.of(2022, 6, 1), "自然人", "部分公开", LocalDate.of(2022, 7, 1)),
			RegisterFile.Line.of(LocalDate.of(2024, 1, 3), "科研机构", null, null));

	static final String SIX_IN_2023 = """
			section apply <
			  natural:   new 1, carried 1, granted 1, secret 1, total 2, next 0
			  business:  new 1, carried 0, duplicate 1, total 1, next 0
			  research:  new 0, carried 0, total 0, next 0
			  charity:   new 0, carried 0, total 0, next 0
			  legal:     new 1, carried 0, total 0, next 1
			  other-org: new 0, carried 0, total 0, next 0
			  total:     new 3, carried 1, granted 1, secret 1, duplicate 1, total 3, next 1
			>
			""".replace("\n", NL);

	@TempDir
	Path dir;

	@Test
	void anOfficeWorkbookWithTitleNumbersTotalRowAndExcelDates() throws IOException {
		Path register = new RegisterFile().addAll(SIX).writeXlsx(dir.resolve("台账.xlsx"));
		CliRun run = CliRun.of("tally", "--year", "2023", register.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertEquals(SIX_IN_2023, run.out());
	}

	@Test
	void datesTypedAsTextAndOtherHeadersInAnotherOrder() throws IOException {
		List<RegisterFile.Line> typed = List.of(new RegisterFile.Line("2023/1/5", "个人", "属于国家秘密", "2023年2月1日"),
				new RegisterFile.Line("2023年3月5日", "商业企业", "（五）不予处理 2.重复申请", "20230310"),
				new RegisterFile.Line("20221220", "公民", "granted", "2023.1.10"),
				new RegisterFile.Line("2023-12-20", "legal", "", ""),
				new RegisterFile.Line("2022/06/01", "自然人", "部分公开（区分处理的，只计这一情形，不计其他情形）", "2022/7/1"),
				new RegisterFile.Line("2024年1月3日", "科研机构", "", ""));
		Path register = new RegisterFile().headers("答复类型", "申请人性质", "申请内容", "答复日期", "序号", "申请日期").noTitle()
				.datesAsText().addAll(typed).writeXlsx(dir.resolve("台账.xlsx"));
		CliRun run = CliRun.of("tally", "--year", "2023", register.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertEquals(SIX_IN_2023, run.out());
	}

	@Test
	void csvSavedAsGb18030OrUtf8() throws IOException {
		for (Charset charset : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_8)) {
			Path register = new RegisterFile().addAll(SIX).writeCsv(dir.resolve(charset.name() + ".csv"), charset);
			CliRun run = CliRun.of("tally", "--year", "2023", register.toString());
			assertEquals(0, run.exit(), charset + ": " + run.out() + run.err());
			assertEquals(SIX_IN_2023, run.out(), charset.name());
		}
	}

	@Test
	void theYearIsTheOnlyOneWithApplicationsReceived() throws IOException {
		Path register = new RegisterFile().addAll(SIX.subList(0, 2)).writeXlsx(dir.resolve("台账.xlsx"));
		CliRun run = CliRun.of("tally", register.toString());
		assertEquals(0, run.exit(), run.out());
		assertTrue(run.out().contains("natural:   new 1, carried 0, secret 1, total 1, next 0"), run.out());
	}

	@Test
	void chineseKeywordsWhenAsked() throws IOException {
		Path register = new RegisterFile().addAll(SIX).writeXlsx(dir.resolve("台账.xlsx"));
		CliRun run = CliRun.of("tally", "--year", "2023", "--chinese", register.toString());
		assertEquals(0, run.exit(), run.out());
		assertTrue(run.out().startsWith("部分 依申请公开 <" + NL + "  自然人:       本年新收 1, 上年结转 1, 予以公开 1, 国家秘密 1, 总计 2, 结转下年度 0" + NL),
				run.out());
	}
}
