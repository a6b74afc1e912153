package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;

/**
 * A report with very many problems sends the editor its first thousand, errors first, and a line saying how many are
 * left out; one with a thousand or fewer sends them all.
 */
class ManyDiagnosticsLspTest extends LspTest {

	/** Part 二 with {@code count} rows the template does not have: one error each. */
	private static String unknownRows(int count) {
		StringBuilder rows = new StringBuilder("section active <\n");
		for (int i = 0; i < count; i++) {
			rows.append("    row").append(i).append(": made 1\n");
		}
		return report().active(rows.append("  >").toString()).text();
	}

	@Test
	void aThousandAreAllSent() {
		String uri = openFile("report.gongkai", unknownRows(1_000));
		List<Diagnostic> shown = getDiagnostics().get(uri);
		assertEquals(1_000, shown.size());
		assertTrue(shown.stream().allMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), shown.get(0).toString());
	}

	@Test
	void moreAreCountedNotSent() {
		String text = unknownRows(1_500).replace("  issued 2024-01-27\n", "");
		String uri = openFile("report.gongkai", text);
		List<Diagnostic> shown = getDiagnostics().get(uri);
		assertEquals(1_001, shown.size());
		assertTrue(shown.subList(0, 1_000).stream().allMatch(d -> d.getSeverity() == DiagnosticSeverity.Error),
				"errors come first");
		Diagnostic more = shown.get(1_000);
		assertEquals(DiagnosticSeverity.Information, more.getSeverity());
		assertEquals("另有 501 个问题没有列出（共 1,501 个，这里只列出前 1,000 个）；请先改正列出的，或用 gongkai validate 查看全部",
				more.getMessage());
	}
}
