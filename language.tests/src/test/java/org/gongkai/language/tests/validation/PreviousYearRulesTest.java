package org.gongkai.language.tests.validation;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** previous.*: last year's report, found by name or by organ and year, in the same workspace. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class PreviousYearRulesTest {

	private static final String HEADER_2023 = "  organ \"甲县人民政府\"\n  year 2023\n  issued 2024-01-27";
	private static final String HEADER_2022 = "  organ \"甲县 人民政府\"\n  year 2022\n  issued 2023-01-27";

	@Inject
	private Validation validation;

	private String check(Reports thisYear, Reports lastYear) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("2023.gongkai", thisYear.text());
		files.put("2022.gongkai", lastYear.text());
		return validation.validate(files).rendered();
	}

	private static Reports lastYear() {
		return report().name("甲县2022").header(HEADER_2022);
	}

	@Test
	void carriedDiffersFromLastYearsNext() {
		assertEquals("WARNING previous.carried 7:19 上年结转（自然人）为 0，但上年报告「甲县2022」的结转下年度继续办理为 2",
				check(report().apply("section apply < natural: new 3, granted 3 >"),
						lastYear().apply("section apply < natural: new 2, next 2 >")));
	}

	@Test
	void carriedMatchesLastYearsNext() {
		assertEquals("", check(report().apply("section apply < natural: new 3, carried 2, granted 5 >"),
				lastYear().apply("section apply < natural: new 2, next 2 >")));
	}

	@Test
	void validDoesNotFollowFromLastYear() {
		assertEquals("WARNING previous.valid 6:57 行政规范性文件现行有效件数为 12，但上年 10 + 本年制发 1 − 本年废止 1 = 10（修订也可能造成差异）",
				check(report().active("section active < normative: made 1, repealed 1, valid 12 >"),
						lastYear().active("section active < normative: valid 10 >")));
	}

	@Test
	void validFollowsFromLastYear() {
		assertEquals("", check(report().active("section active < normative: made 3, repealed 1, valid 12 >"),
				lastYear().active("section active < normative: valid 10 >")));
	}

	@Test
	void namedPreviousNotFound() {
		assertEquals("WARNING previous.unresolved 5:12 找不到名为「乙县2022」的上年报告：跨年度的检查（上年结转、现行有效件数）已跳过",
				check(report().header(HEADER_2023 + "\n  previous \"乙县2022\""), lastYear()));
	}

	@Test
	void namedPreviousOfTheWrongYear() {
		assertEquals("ERROR previous.year 5:12 上年报告应为 2022 年度的报告，「甲县2021」是 2021 年度的",
				check(report().header(HEADER_2023 + "\n  previous \"甲县2021\""),
						report().name("甲县2021").header("  organ \"甲县人民政府\"\n  year 2021\n  issued 2022-01-27")));
	}

	@Test
	void namedPreviousOfAnotherOrgan() {
		assertEquals("WARNING previous.organ 5:12 上年报告的机关是「甲县政府」，本报告是「甲县人民政府」",
				check(report().header(HEADER_2023 + "\n  previous \"甲县2022\""),
						lastYear().header("  organ \"甲县政府\"\n  year 2022\n  issued 2023-01-27")));
	}

	@Test
	void namedPreviousFound() {
		assertEquals("", check(report().header(HEADER_2023 + "\n  上年报告 \"甲县2022\""), lastYear()));
	}
}
