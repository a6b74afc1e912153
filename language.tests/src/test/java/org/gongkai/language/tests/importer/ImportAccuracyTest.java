package org.gongkai.language.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.importer.Importer;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Every published report under src/test/resources/published (the seeds and shared/reports as published) imports into
 * exactly the cells, organ, year and format of its hand-checked transcription (examples/ and resources/reports/), and
 * part 一 as topics where the transcription has them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class ImportAccuracyTest {

	static final Path PUBLISHED = Path.of("src", "test", "resources", "published");
	static final Path CRAWLED = Path.of("src", "test", "resources", "crawled");

	@Inject
	private Injector injector;

	@TestFactory
	Stream<DynamicTest> everyCellAsTranscribed() throws IOException {
		CellComparison comparison = new CellComparison(injector);
		return published().stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> {
			Importer.Imported imported = Importer.importFile(txt, false);
			ReportView expected = comparison.view(Files.readString(transcription(txt)), "expected");
			ReportView mine = comparison.view(imported.source(), "imported");
			CellComparison.Result result = comparison.compare(expected, mine);
			assertTrue(result.perfect(), () -> String.join("\n", result.differences()));
			assertEquals(topics(expected), topics(mine), "part 一 as topics");
		}));
	}

	/**
	 * The crawled reports of shared/reports/published (copied to resources/crawled with their hand-checked
	 * transcriptions): no cell written with another value, every cell not read one the importer says it left out,
	 * organ, year and format right, at least 80 % of the cells read.
	 */
	@TestFactory
	Stream<DynamicTest> crawledWithNoWrongNumber() throws IOException {
		CellComparison comparison = new CellComparison(injector);
		return files(CRAWLED).stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> {
			Importer.Imported imported = Importer.importFile(txt, false);
			Path transcription = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".gongkai"));
			CellComparison.Result result = comparison.compare(comparison.view(Files.readString(transcription), "expected"),
					comparison.view(imported.source(), "imported"), imported.unread().keySet());
			assertEquals(0, result.wrong(), () -> String.join("\n", result.differences()));
			assertTrue(result.organ() && result.year() && result.format(), () -> String.join("\n", result.differences()));
			assertTrue(result.equal() * 10 >= result.cells() * 8, () -> result.equal() + " of " + result.cells() + " cells read");
			assertEquals(imported.unread().size(), result.leftOut(), "every cell left out is a cell of the table");
			assertTrue(imported.unsureCells() >= imported.unread().size(), "every cell left out is counted among the unsure ones");
		}));
	}

	/**
	 * The seeds and shared reports with their tables flattened as a crawler flattens them ({@link CrawlerText}): no
	 * cell written with another value than the transcription's; the organ, year and format as published.
	 */
	@TestFactory
	Stream<DynamicTest> publishedFlattenedWithNoWrongNumber() throws IOException {
		CellComparison comparison = new CellComparison(injector);
		Path flat = Files.createTempDirectory("crawled");
		return published().stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> {
			Path crawled = Files.writeString(flat.resolve(txt.getFileName()), CrawlerText.of(Files.readString(txt)));
			Importer.Imported imported = Importer.importFile(crawled, false);
			CellComparison.Result result = comparison.compare(comparison.view(Files.readString(transcription(txt)), "expected"),
					comparison.view(imported.source(), "imported"), imported.unread().keySet());
			assertEquals(0, result.wrong(), () -> String.join("\n", result.differences()));
			assertTrue(result.organ() && result.year() && result.format(), () -> String.join("\n", result.differences()));
		}));
	}

	private static boolean topics(ReportView view) {
		return view.sections(view.format().parts().get(0)).stream().anyMatch(section -> section.getTopics() != null);
	}

	static List<Path> published() throws IOException {
		return files(PUBLISHED);
	}

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
	}

	/** The hand-checked transcription of a published report: an example (seeds) or a report of resources/reports. */
	static Path transcription(Path txt) {
		String name = txt.getFileName().toString().replaceAll("\\.txt$", ".gongkai");
		Path example = Path.of("..", "examples", name);
		return Files.exists(example) ? example : Path.of("src", "test", "resources", "reports", name);
	}
}
