package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.gongkai.language.tests.Reports;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A report with very many problems sends the editor its first thousand, errors first, and a line saying how many are
 * left out; one with a thousand or fewer sends them all.
 */
class ManyDiagnosticsLspTest extends LspTest {

	/**
	 * Part 三's row of natural persons with {@code count} cells of part 二's column 本年制发, which it does not have: an
	 * error each, and one more for each repetition ({@code 2 × count − 1} errors). Without {@code issued}: a warning too.
	 */
	private static String unknownCells(int count, boolean issued) {
		return report().header(issued ? Reports.HEADER : "  organ \"甲县人民政府\"\n  year 2023")
				.apply("section apply < natural: " + "made 1, ".repeat(count) + "new 1, granted 1 >").text();
	}

	@Test
	void aThousandOrFewerAreAllSent() {
		String uri = openFile("report.gongkai", unknownCells(500, true));
		List<Diagnostic> shown = getDiagnostics().get(uri);
		Assertions.assertEquals(999, shown.size());
		assertTrue(shown.stream().allMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), shown.get(0).toString());
	}

	@Test
	void moreAreCountedNotSent() {
		String uri = openFile("report.gongkai", unknownCells(1_500, false));
		List<Diagnostic> shown = getDiagnostics().get(uri);
		Assertions.assertEquals(1_001, shown.size());
		assertTrue(shown.subList(0, 1_000).stream().allMatch(d -> d.getSeverity() == DiagnosticSeverity.Error),
				"errors come first");
		Diagnostic more = shown.get(1_000);
		Assertions.assertEquals(DiagnosticSeverity.Information, more.getSeverity());
		Assertions.assertEquals("另有 2,000 个问题没有列出（共 3,000 个，这里只列出前 1,000 个）；请先改正列出的，或用 gongkai validate 查看全部",
				more.getMessage().getLeft());
	}
}
