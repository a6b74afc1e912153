package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;

import org.junit.jupiter.api.Test;

/** Hover on a table: the official label and its place, a cell's value, a total's formula with the numbers. */
class HoverLspTest extends LspTest {

	// line 7 (0-based; the header's indentation is stripped) of the report: "  section review < reconsideration: upheld 2, pending 1, total 4 >"
	private static final String REVIEW = "section review < reconsideration: upheld 2, pending 1, total 4 >";
	private static final int LINE = 7;

	private void hover(int column, String expected) {
		testHover(config -> {
			config.setModel(report().review(REVIEW).text());
			config.setLine(LINE);
			config.setColumn(column);
			config.setExpectedHover(expected);
		});
	}

	@Test
	void columnKeywordShowsOfficialLabelAndPart() {
		hover(2 + REVIEW.indexOf("reconsideration") + 3, """
				[[7, 19] .. [7, 34]]
				kind: markdown
				value: **行政复议**

				四、政府信息公开行政复议、行政诉讼情况
				""");
	}

	private static final String APPLY = "section apply < natural: new 1, secret 1, total 1 >";

	private void hoverApply(String keyword, String expected) {
		testHover(config -> {
			config.setModel(report().apply(APPLY).text());
			config.setLine(6);
			config.setColumn(2 + APPLY.indexOf(keyword) + 1);
			config.setExpectedHover(expected);
		});
	}

	@Test
	void applicantColumnShowsItsGroup() {
		hoverApply("natural", """
				[[6, 18] .. [6, 25]]
				kind: markdown
				value: **自然人**

				三、收到和处理政府信息公开申请情况 · 申请人情况
				""");
	}

	@Test
	void resultRowShowsTheGroupsItSitsUnder() {
		hoverApply("secret", """
				[[6, 34] .. [6, 40]]
				kind: markdown
				value: **1.属于国家秘密**

				三、本年度办理结果 · （三）不予公开 · 自然人 · 三、收到和处理政府信息公开申请情况
				""");
	}

	@Test
	void totalColumnSumsTheApplicants() {
		String apply = "section apply < natural: new 1 legal: new 2 total: new 4 >";
		testHover(config -> {
			config.setModel(report().apply(apply).text());
			config.setLine(6);
			config.setColumn(2 + apply.indexOf("4"));
			config.setExpectedHover("""
					[[6, 57] .. [6, 58]]
					kind: markdown
					value: 总计 · 一、本年新收政府信息公开申请数量：4

					总计 = 自然人 1 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 2 + 其他 0 = 3（写的是 4）
					""");
		});
	}

	@Test
	void fieldKeywordShowsOfficialLabelAndColumn() {
		hover(2 + REVIEW.indexOf("upheld") + 2, """
				[[7, 36] .. [7, 42]]
				kind: markdown
				value: **结果维持**

				行政复议 · 四、政府信息公开行政复议、行政诉讼情况
				""");
	}

	@Test
	void cellValueShowsTheValue() {
		hover(2 + REVIEW.indexOf("2,"), """
				[[7, 43] .. [7, 44]]
				kind: markdown
				value: 行政复议 · 结果维持：2
				""");
	}

	@Test
	void totalShowsTheFormulaWithTheNumbers() {
		hover(2 + REVIEW.indexOf("4 >"), """
				[[7, 63] .. [7, 64]]
				kind: markdown
				value: 行政复议 · 总计：4

				总计 = 结果维持 2 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 3（写的是 4）
				""");
	}
}
