package org.gongkai.workbench.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.cli.FileDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list of reports is checked once while the folder stays as it was, and again after a report is written; a report's
 * diagnostics from that check are kept as many as an editor is sent, errors first.
 */
class ReportsTest {

	@TempDir
	Path folder;

	@Test
	void theListIsCheckedAgainOnlyAfterAFileChanged() throws Exception {
		try (var examples = Files.list(Path.of("../examples"))) {
			for (Path report : examples.toList()) {
				Files.copy(report, folder.resolve(report.getFileName()));
			}
		}
		Reports reports = new Reports(new Workspace(folder));
		List<Reports.Entry> first = reports.list();
		assertEquals(0, errors(first, "gongbujiangda-2023.gongkai"));
		assertSame(first, reports.list());

		Path report = folder.resolve("gongbujiangda-2023.gongkai");
		String text = Files.readString(report, StandardCharsets.UTF_8);
		Files.writeString(report, text.replace("reconsideration:   upheld 0", "reconsideration:   upheld 2"), StandardCharsets.UTF_8);
		List<Reports.Entry> second = reports.list();
		assertNotSame(first, second);
		assertEquals(1, errors(second, "gongbujiangda-2023.gongkai"));
	}

	@Test
	void aReportsDiagnosticsAreKeptAsManyAsAnEditorIsSentErrorsFirst() throws Exception {
		String text = Files.readString(Path.of("../examples/gongbujiangda-2023.gongkai"), StandardCharsets.UTF_8);
		// 600 cells of part 二's column 本年制发 in part 三's row: 1,199 errors; without issued, a warning too
		String broken = text.replaceFirst("natural: +new 3,", "natural: " + "made 1, ".repeat(600) + "new 3,")
				.replaceFirst("\\n *issued [^\\n]*", "");
		Files.writeString(folder.resolve("r.gongkai"), broken, StandardCharsets.UTF_8);
		Reports reports = new Reports(new Workspace(folder));
		assertTrue(errors(reports.list(), "r.gongkai") > 1_000);
		List<FileDiagnostic> kept = reports.diagnostics("r.gongkai");
		assertEquals(1_000, kept.size());
		assertTrue(kept.stream().allMatch(FileDiagnostic::isError));
	}

	private static int errors(List<Reports.Entry> entries, String name) {
		return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().errors();
	}
}
