package org.gongkai.language.tests.validation;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** header.missing, header.duplicate, header values, format.year, issued.missing, issued.early, issued.late. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class HeaderRulesTest {

	@Inject
	private Validation validation;

	private String check(String header) {
		return validation.validate(report().header(header).text()).rendered();
	}

	@Test
	void organAndYearMissing() {
		assertEquals("""
				ERROR header.missing 1:8 缺少「机关」（organ）：每份报告都要写明机关名称
				ERROR header.missing 1:8 缺少「年度」（year）：每份报告都要写明报告年度
				WARNING issued.missing 1:8 没有写成文日期（issued）：落款处将不印日期""", check("  level government"));
	}

	@Test
	void organAndYearPresent() {
		assertEquals("", check("  机关 \"甲县人民政府\"\n  年度 2023\n  成文日期 2024年1月27日"));
	}

	@Test
	void headerKeyWrittenTwice() {
		assertEquals("ERROR header.duplicate 5:3 「year」写了两次，只算第一次",
				check("  organ \"甲县人民政府\"\n  year 2023\n  issued 2024-01-27\n  year 2024"));
	}

	@Test
	void headerValueOfTheWrongKind() {
		assertEquals("ERROR syntax 3:3 「year」应为四位数字的年份，如 2024",
				check("  organ \"甲县人民政府\"\n  year \"二〇二三\"\n  issued 2024-01-27").lines().filter(l -> l.contains("syntax")).findFirst().orElse(""));
	}

	@Test
	void scopeInBothSpellings() {
		assertEquals("", check("  organ \"甲市人民政府\"\n  year 2023\n  issued 2024-01-27\n  scope area"));
		assertEquals("", check("  机关 \"甲市人民政府\"\n  年度 2023\n  成文日期 2024-01-27\n  范围 本级"));
	}

	@Test
	void scopeOtherThanSelfOrArea() {
		assertEquals("ERROR syntax 5:3 「范围」应为 self（本级）或 area（汇总）",
				check("  organ \"甲市人民政府\"\n  year 2023\n  issued 2024-01-27\n  范围 2023"));
	}

	@Test
	void format2019ForA2023Report() {
		assertEquals("WARNING format.year 5:3 2023 年度的报告应使用格式 2021（国办公开办函〔2021〕30号），此处为格式 2019（国办公开办函〔2019〕60号）",
				validation.validate(report().header("  organ \"甲县人民政府\"\n  year 2023\n  issued 2024-01-27\n  format 2019")
						.overview("section overview \"总体情况。\"").active("section active < normative: produced 1 >").text()).rendered());
	}

	@Test
	void format2021ForA2020Report() {
		assertEquals("WARNING format.year 3:3 2020 年度的报告应使用格式 2019（国办公开办函〔2019〕60号），此处为格式 2021（国办公开办函〔2021〕30号）",
				check("  organ \"甲县人民政府\"\n  year 2020\n  issued 2021-01-27"));
	}

	@Test
	void formatMatchesYear() {
		assertEquals("", check("  organ \"甲县人民政府\"\n  year 2023\n  format 2021\n  issued 2024-01-27"));
	}

	@Test
	void issuedMissing() {
		assertEquals("WARNING issued.missing 1:8 没有写成文日期（issued）：落款处将不印日期", check("  organ \"甲县人民政府\"\n  year 2023"));
	}

	@Test
	void issuedInsideTheReportingYear() {
		assertEquals("ERROR issued.early 4:10 成文日期 2023年12月30日 不能早于报告年度结束：2023 年度的报告应在 2024 年编写",
				check("  organ \"甲县人民政府\"\n  year 2023\n  issued 2023-12-30"));
	}

	@Test
	void governmentIssuedAfterMarch31() {
		assertEquals("WARNING issued.late 4:10 成文日期 2024年4月1日 晚于公布期限 2024年3月31日（本级政府的法定期限）",
				check("  organ \"甲县人民政府\"\n  year 2023\n  issued 2024-04-01"));
	}

	@Test
	void departmentIssuedAfterJanuary31() {
		assertEquals("WARNING issued.late 4:10 成文日期 2024年2月1日 晚于公布期限 2024年1月31日（部门的法定期限）",
				check("  organ \"甲县教育局\"\n  year 2023\n  issued 2024-02-01"));
	}

	@Test
	void townshipWithItsWrittenDeadline() {
		assertEquals("WARNING issued.late 4:10 成文日期 2024年2月21日 晚于公布期限 2024年2月20日（本报告写明的期限）",
				check("  organ \"甲镇人民政府\"\n  year 2023\n  issued 2024-02-21\n  deadline 02-20"));
	}

	@Test
	void townshipWithoutDeadlineIsNeverLate() {
		assertEquals("", check("  organ \"甲镇人民政府\"\n  year 2023\n  issued 2024-06-30"));
	}

	@Test
	void issuedOnTheDeadline() {
		assertEquals("", check("  organ \"甲县人民政府\"\n  year 2023\n  issued 2024-03-31"));
	}
}
