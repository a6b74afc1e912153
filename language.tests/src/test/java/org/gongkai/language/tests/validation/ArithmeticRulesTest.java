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

/** apply.balance, apply.total-row, apply.total-column, review.total: the message a writer sees, on the cell that is wrong. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class ArithmeticRulesTest {

	@Inject
	private Validation validation;

	@Test
	void balanceBrokenInAColumn() {
		assertEquals("ERROR apply.balance 7:19 勾稽关系不成立（自然人）：本年新收 20 + 上年结转 0 = 20，但办理结果总计 19 + 结转下年度 0 = 19",
				validation.validate(report().apply("section apply < natural: new 20, granted 19 >").text()).rendered());
	}

	@Test
	void balanceHolds() {
		assertEquals("", validation.validate(report().apply("section apply < natural: new 20, carried 2, granted 19, next 3 >").text()).rendered());
	}

	@Test
	void balanceOfAWrittenTotalColumn() {
		assertEquals("ERROR apply.balance 7:46 勾稽关系不成立（总计）：本年新收 5 + 上年结转 0 = 5，但办理结果总计 4 + 结转下年度 0 = 4",
				validation.validate(report().apply("section apply < natural: new 4, granted 4  total: new 5, granted 4 >").text())
						.rendered().lines().filter(l -> l.contains("apply.balance")).findFirst().orElse(""));
	}

	@Test
	void totalRowDiffersFromOutcomes() {
		assertEquals("ERROR apply.total-row 7:64 （七）总计与各项之和不符（自然人）：写的是 7，但各项办理结果相加为 6",
				validation.validate(report().apply("section apply < natural: new 7, granted 4, not-held 2, total 7 >").text())
						.rendered().lines().filter(l -> l.contains("total-row")).findFirst().orElse(""));
	}

	@Test
	void totalRowMatchesOutcomes() {
		assertEquals("", validation.validate(report().apply("section apply < natural: new 6, granted 4, not-held 2, total 6 >").text()).rendered());
	}

	@Test
	void totalColumnDiffersFromApplicants() {
		assertEquals("ERROR apply.total-column 7:85 总计列与各类申请人之和不符（一、本年新收政府信息公开申请数量）：总计写的是 3，但自然人 2 + 商业企业 2 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 4",
				validation.validate(report().apply("section apply < natural: new 2, granted 2  business: new 2, granted 2  total: new 3 >").text())
						.rendered().lines().filter(l -> l.contains("total-column")).findFirst().orElse(""));
	}

	@Test
	void totalColumnMatchesApplicants() {
		assertEquals("", validation.validate(report().apply(
				"section apply < natural: new 2, granted 2  business: new 2, granted 2  total: new 4, granted 4, total 4 >").text()).rendered());
	}

	@Test
	void reviewTotalDiffersFromResults() {
		assertEquals("ERROR review.total 8:53 总计与各项之和不符（行政复议）：写的是 1，但结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 0",
				validation.validate(report().review("section review < reconsideration: upheld 0, total 1 >").text()).rendered());
	}

	@Test
	void reviewTotalMatchesResults() {
		assertEquals("", validation.validate(report().review("section review < reconsideration: upheld 2, pending 1, total 3 >").text()).rendered());
	}

	@Test
	void chineseAliasesCheckTheSame() {
		assertEquals("ERROR apply.balance 7:13 勾稽关系不成立（自然人）：本年新收 3 + 上年结转 0 = 3，但办理结果总计 2 + 结转下年度 0 = 2",
				validation.validate(report().apply("部分 依申请公开 <自然人：本年新收3，予以公开2>").text()).rendered());
	}
}
