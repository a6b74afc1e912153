package org.gongkai.workbench.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of reports is checked once while the folder stays as it was, and again after a report is written. */
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

	private static int errors(List<Reports.Entry> entries, String name) {
		return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().errors();
	}
}
