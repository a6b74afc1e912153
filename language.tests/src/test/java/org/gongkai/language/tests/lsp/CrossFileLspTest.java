package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The rules across files in the editor: a report's diagnostics follow the other reports it reads (last year's, one
 * of the same name) as they are edited, without the report's own file being touched.
 */
class CrossFileLspTest extends LspTest {

	private static String lastYear(String apply) {
		return report().name("甲县2022").header("  organ \"甲县人民政府\"\n  year 2022\n  issued 2023-01-27").apply(apply).text();
	}

	private static final String THIS_YEAR = report().apply("section apply < natural: new 4, carried 3, granted 7 >").text();

	private static final String WARNING = "Warning previous.carried 6:42-6:43 上年结转（自然人）为 3，但上年报告「甲县2022」的结转下年度继续办理为 2";

	@Test
	void carriedFollowsLastYearsNextAsItIsEdited() {
		String last = openFile("甲县2022.gongkai", lastYear("section apply < natural: new 5, granted 2, next 3 >"));
		String now = openFile("甲县2023.gongkai", THIS_YEAR);
		assertEquals("", diagnostics(now));

		change(last, lastYear("section apply < natural: new 5, granted 3, next 2 >"));
		assertEquals(WARNING, diagnostics(now));

		change(last, lastYear("section apply < natural: new 5, granted 2, next 3 >"));
		assertEquals("", diagnostics(now));
	}

	@Test
	void aReportRenamedToTheSameNameIsReported() {
		String first = openFile("a.gongkai", THIS_YEAR);
		String second = openFile("b.gongkai", report().name("乙县2023").text());
		assertEquals("", diagnostics(first));

		change(second, report().text());
		assertEquals("Error report.duplicate 0:7-0:15 报告名「甲县2023」已被 b.gongkai 使用：工作区中每份报告的名字须唯一", diagnostics(first));
	}

	@Test
	void lastYearsReportOpenedLaterIsFound() {
		String now = openFile("甲县2023.gongkai", THIS_YEAR);
		assertEquals("", diagnostics(now));

		openFile("甲县2022.gongkai", lastYear("section apply < natural: new 5, granted 3, next 2 >"));
		assertEquals(WARNING, diagnostics(now));
	}
}
