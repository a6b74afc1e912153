package org.gongkai.language.tests.validation;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** text.number: a count a text states against the table cell it names; near misses that are no contradiction. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class TextNumberRulesTest {

	private static final String APPLY = "section apply < natural: new 19, carried 2, granted 20, next 1 >";
	private static final String REVIEW = "section review < reconsideration: upheld 2, total 2  direct-suit: corrected 1, total 1  suit-after-review: pending 1, total 1 >";
	private static final String ACTIVE = "section active < rules: made 1  normative: made 5, repealed 2, valid 40 >";

	@Inject
	private Validation validation;

	private String warnings(String problems) {
		// a city's government, which makes 规章 (a county's would be told that it cannot: active.rules-authority)
		return validation.validate(report().header(Reports.HEADER.replace("甲县", "甲市")).apply(APPLY).review(REVIEW).active(ACTIVE).problems("section problems \"" + problems + "\"")
				.text()).rendered();
	}

	@Test
	void receivedContradictsTheTotalColumn() {
		assertEquals("WARNING text.number 9:37 正文与表格不符：这里写的是 20 件，但表格中本年新收（总计）为 19", warnings("2023年共收到政府信息公开申请20件。"));
	}

	@Test
	void receivedAgreesWithTheTotalColumn() {
		assertEquals("", warnings("2023年共受理依申请公开事项19件，全部按时答复。"));
	}

	@Test
	void receivedIncludingCarriedIsNewPlusCarried() {
		assertEquals("", warnings("共收到申请21件（含上年结转）。"));
		assertEquals("WARNING text.number 9:26 正文与表格不符：这里写的是 19 件，但表格中本年新收 + 上年结转（总计）为 21",
				warnings("共收到申请19件（含上年结转2件）。"));
	}

	@Test
	void subCountsAreNoContradiction() {
		assertEquals("", warnings("共收到申请19件，其中自然人申请15件。"));
		assertEquals("", warnings("县政务服务中心代表各部门共受理申请120件。"));
	}

	@Test
	void referencesAreNoStatedNumbers() {
		assertEquals("", warnings("共收到申请${apply.new}件。"));
	}

	@Test
	void reconsiderationAndLitigation() {
		assertEquals("""
				WARNING text.number 9:29 正文与表格不符：这里写的是 3 件，但表格中行政复议总计为 2
				WARNING text.number 9:36 正文与表格不符：这里写的是 1 件，但表格中行政诉讼总计（未经复议直接起诉 + 复议后起诉）为 2""",
				warnings("全年发生行政复议3件，行政诉讼1件。"));
		assertEquals("", warnings("全年发生行政复议2件，行政诉讼2件。"));
	}

	@Test
	void normativeDocuments() {
		assertEquals("""
				WARNING text.number 9:32 正文与表格不符：这里写的是 4 件，但表格中行政规范性文件·本年制发为 5
				WARNING text.number 9:49 正文与表格不符：这里写的是 41 件，但表格中行政规范性文件·现行有效为 40""",
				warnings("全年制发行政规范性文件4件，废止2件，现行有效规范性文件41件。"));
		assertEquals("", warnings("制发规章1件、规范性文件5件。"));
	}

	/** Without part 三 there is no table to contradict (the missing part is reported itself). */
	@Test
	void noTableNoClaim() {
		assertEquals("", validation.validate(report().apply("").problems("section problems \"共收到申请20件。\"").text()).rendered()
				.lines().filter(line -> line.contains("text.number")).findFirst().orElse(""));
	}
}
