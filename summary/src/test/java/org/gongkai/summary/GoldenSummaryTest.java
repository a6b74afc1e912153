package org.gongkai.summary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.gongkai.language.tests.cli.CliRun;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples and the transcribed published reports of 2023, summarised: the page's totals (as text, one row a line)
 * and 汇总.gongkai against the files checked in under src/test/resources/golden (rewrite with
 * {@code -Dgolden.update=true}, then read the diff).
 */
class GoldenSummaryTest {

	private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

	@TempDir
	Path out;

	@Test
	void examplesAndTranscriptionsOf2023() throws Exception {
		CliRun run = CliRun.of("summary", "-o", out.toString(), "--year", "2023", "--organ", "示例汇总", SummaryFiles.EXAMPLES.toString(),
				SummaryFiles.TRANSCRIPTIONS.toString());
		assertEquals(1, run.exit(), run.err());
		Document page = SummaryFiles.page(out);
		String totals = page.select("table.totals tr").stream().map(row -> row.children().stream().map(cell -> cell.text())
				.collect(Collectors.joining(" | "))).collect(Collectors.joining("\n", "", "\n"));
		compare("totals-2023.txt", totals);
		compare("汇总-2023.gongkai", Files.readString(out.resolve("汇总.gongkai"), UTF_8));
	}

	private static void compare(String name, String actual) throws Exception {
		Path golden = GOLDEN.resolve(name);
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(GOLDEN);
			Files.writeString(golden, actual, UTF_8);
		}
		assertEquals(Files.readString(golden, UTF_8), actual, golden + " (rewrite with -Dgolden.update=true, then read the diff)");
	}
}
