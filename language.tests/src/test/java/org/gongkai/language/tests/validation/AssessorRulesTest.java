package org.gongkai.language.tests.validation;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The assessor's rules (LANGUAGE.md §5): active.rules-authority, text.assessment, other.fees, preamble.format,
 * text.review-claim, cell.blank — a hit of each, with its message citing the rule's source, and the near misses.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class AssessorRulesTest {

	private static final String RULES_MADE = "section active < rules: made 2, valid 9  normative: made 3 >";

	@Inject
	private Validation validation;

	private static Reports of(String organ) {
		return report().header("  organ \"" + organ + "\"\n  year 2023\n  issued 2024-01-27");
	}

	private String rendered(Reports report) {
		return validation.validate(report.text()).rendered();
	}

	private String codes(Reports report) {
		return validation.validate(report.text()).codes();
	}

	@Test
	void aCountyGovernmentPrintingRulesIsToldItMakesNone() {
		assertEquals("WARNING active.rules-authority 6:32 县、区人民政府不能制定规章，但“规章”一行印有 本年制发件数 2、现行有效件数 9："
				+ "多半是把行政规范性文件填进了规章一行，请移到“行政规范性文件”一行（《立法法》第九十一条、第九十三条：规章只能由国务院部门和"
				+ "省、自治区、直辖市及设区的市、自治州的人民政府制定）", rendered(of("甲县人民政府").active(RULES_MADE)));
		assertEquals("active.rules-authority", codes(of("乙区人民政府").active(RULES_MADE)));
		assertEquals("active.rules-authority", codes(of("丙镇人民政府").active(RULES_MADE)));
		assertEquals("active.rules-authority", codes(of("丁街道办事处").active(RULES_MADE)));
	}

	@Test
	void aLocalDepartmentPrintingRulesIsToo() {
		assertEquals("active.rules-authority", codes(of("某某省教育厅").active(RULES_MADE)));
		assertEquals("active.rules-authority", codes(of("某某县发展和改革局").active(RULES_MADE)));
		assertEquals("active.rules-authority", codes(of("某某市税务局").active(RULES_MADE)));
	}

	@Test
	void whoMayMakeRulesOrCannotBeToldIsLeftAlone() {
		// a city's government (a county-level city cannot be told from its name), a province's, an autonomous region's
		assertEquals("", codes(of("甲市人民政府").active(RULES_MADE)));
		assertEquals("", codes(of("某某省人民政府").active(RULES_MADE)));
		assertEquals("", codes(of("某某自治区人民政府").active(RULES_MADE)));
		// the State Council's departments, and a government's own office
		assertEquals("", codes(of("国家市场监督管理总局").active(RULES_MADE)));
		assertEquals("", codes(of("生态环境部").active(RULES_MADE)));
		assertEquals("", codes(of("甲县人民政府办公室").active(RULES_MADE).header("  organ \"甲县人民政府办公室\"\n  level department\n  year 2023\n  issued 2024-01-20")));
		// 规章 printed 0
		assertEquals("", codes(of("甲县人民政府").active("section active < rules: made 0, valid 0  normative: made 3 >")));
	}

	@Test
	void aGovernmentSayingNothingOfAssessmentIsAskedTo() {
		assertEquals("WARNING text.assessment 10:11 一、五、六部分都没有说到工作考核、社会评议和责任追究的情况（《条例》第五十条第（四）项："
				+ "年度报告应当包括工作考核、社会评议和责任追究结果情况）；没有开展的也请写明",
				rendered(report().other("section other \"本年度未收取信息处理费。\"")));
		assertEquals("text.assessment", codes(of("丙镇人民政府").other("section other \"本年度未收取信息处理费。\"")));
	}

	@Test
	void assessmentSaidAnywhereInPartsOneFiveOrSixOrByADepartmentIsNoHit() {
		assertEquals("", codes(report().problems("section problems \"社会评议满意度有待提高。\"").other("section other \"本年度未收取信息处理费。\"")));
		assertEquals("", codes(report().overview("section overview { active \"主动\" apply \"依申请\" management \"管理\" platform \"平台\" "
				+ "oversight \"将政务公开纳入责任追究范围。\" }").other("section other \"本年度未收取信息处理费。\"")));
		assertEquals("", codes(of("甲县教育局").other("section other \"本年度未收取信息处理费。\"")));
		// not written yet: the placeholders are flagged as such, and nothing is asked of them
		String placeholders = codes(report().other("section other \"〔待填写〕\"").problems("section problems \"〔待填写〕\"").overview(
				"section overview { active \"〔待填写〕\" apply \"〔待填写〕\" management \"〔待填写〕\" platform \"〔待填写〕\" oversight \"〔待填写〕\" }"));
		assertEquals(7, placeholders.split(" ").length, placeholders);
		assertTrue(placeholders.matches("(text\\.placeholder ?)+"), placeholders);
	}

	@Test
	void partSixOfFormat2021SayingNothingOfFeesIsAskedTo() {
		assertEquals("WARNING other.fees 10:11 第六部分没有说明收取信息处理费的情况（《政府信息公开信息处理费管理办法》：年度报告应当说明收取信息处理费的情况"
				+ "（未收取的也应说明））；没有收取的也请写明，如“本年度未收取信息处理费”",
				rendered(report().other("section other \"政府信息公开工作已纳入绩效考核。\"")));
	}

	@Test
	void feesMentionedOrFormat2019IsNoHit() {
		assertEquals("", codes(report().other("section other \"本年度未收取政府信息公开处理费。考核：无。\"")));
		assertEquals("", codes(report().other("section other \"没有收费。考核：无。\"")));
		assertEquals("", codes(of("甲县人民政府").header("  organ \"甲县人民政府\"\n  year 2020\n  format 2019\n  issued 2021-01-27").overview(
				"section overview \"总体情况。\"").other("section other \"考核：无。\"")));
	}

	@Test
	void thePreambleCitingTheOtherFormatsNoticeIsToldTheRightOne() {
		String preamble = "  preamble \"根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）编制。\"";
		assertEquals("WARNING preamble.format 5:39 前言引用的是 国办公开办函〔2019〕60号（2019 年格式），但本报告的表格是 2021 年格式，"
				+ "应引用 国办公开办函〔2021〕30号", rendered(report().header(Reports.HEADER + "\n" + preamble)));
		assertEquals("format.year preamble.format", codes(report().header(Reports.HEADER + "\n  format 2019\n"
				+ preamble.replace("〔2019〕60号", "[2021]30号"))));
	}

	@Test
	void thePreambleCitingItsOwnFormatsNoticeIsNoHit() {
		assertEquals("", codes(report().header(Reports.HEADER + "\n  preamble \"依据国办公开办函（2021）30号编制。\"")));
		assertEquals("", codes(report().header(Reports.HEADER + "\n  preamble \"依据国办公开办函〔2019〕61号编制。\"")));
	}

	@Test
	void aTextClaimingAllUpheldAgainstPartFourIsAHit() {
		String review = "section review < reconsideration: upheld 1, corrected 1, total 2  direct-suit: upheld 1, total 1 >";
		assertEquals("WARNING text.review-claim 9:33 正文说“均获维持”，但第四部分的表格印的是 行政复议·结果纠正 1：正文与表格不符，请核对哪一处写错了",
				rendered(report().review(review).problems("section problems \"本年度发生行政复议2件，均获维持。\"")));
		assertEquals("text.review-claim", codes(report().review(review).problems("section problems \"复议、诉讼案件无一被纠正。\"")));
	}

	@Test
	void claimsOfAnotherYearOrColumnOrAgreeingWithTheTableAreNoHit() {
		String review = "section review < reconsideration: upheld 1, corrected 1, total 2  direct-suit: upheld 1, total 1 >";
		assertEquals("", codes(report().review(review).problems("section problems \"行政诉讼1件，均获维持。\"")));
		assertEquals("", codes(report().review(review).problems("section problems \"上年度行政复议案件均获维持。\"")));
		assertEquals("", codes(report().review(review).problems("section problems \"2022年行政复议案件均获维持。\"")));
		assertEquals("", codes(report().review(review).problems("section problems \"代表县政府应诉的行政复议案件均获维持。\"")));
		assertEquals("", codes(report().review("section review < reconsideration: upheld 2, total 2 >")
				.problems("section problems \"行政复议2件，均获维持。\"")));
	}

	@Test
	void aBlankCellIsAskedForZero() {
		assertEquals("WARNING cell.blank 6:41 这一格印为空白（-）：国办公开办函〔2021〕30号 的表格要求没有发生的事项填 0，不留空白",
				rendered(report().active("section active < licensing: decisions -  punishment: decisions 0 >")));
	}
}
