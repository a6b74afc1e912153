package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Diagnostics in the editor: the rule code as the LSP code, the Chinese message, the range of the wrong cell. */
class DiagnosticsLspTest extends LspTest {

	@Test
	void validReportHasNoDiagnostics() {
		assertEquals("", diagnosticsOf(report().text()));
	}

	@Test
	void wrongTotalIsReportedOnTheTotalCell() {
		assertEquals("Error review.total 7:52-7:53 总计与各项之和不符（行政复议）：写的是 1，但结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 0", diagnosticsOf(report().review("section review < reconsideration: upheld 0, total 1 >").text()));
	}

	@Test
	void syntaxErrorCarriesTheSyntaxCode() {
		assertEquals("Error syntax 7:43-7:44 语法错误：此处不应出现「,」", diagnosticsOf(report().review("section review < reconsideration: upheld , total 1 >").text()));
	}

	@Test
	void missingIssuedDateIsAWarningOnTheReportName() {
		assertEquals("Warning issued.missing 0:7-0:15 没有写成文日期（issued）：落款处将不印日期", diagnosticsOf(report().header("  organ \"甲县人民政府\"\n  year 2023").text()));
	}
}
