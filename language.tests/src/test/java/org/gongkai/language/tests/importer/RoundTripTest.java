package org.gongkai.language.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.importer.Importer;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.bench.CorpusGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * What {@code gongkai generate} writes imports back into the report it was written from: every cell, organ, year, format
 * and date, for the examples, the published reports' transcriptions and a sample of the generated benchmark corpus, each
 * printed as HTML, DOCX and Markdown (rendered whether the report has errors or not: the generator's layout is what is read).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class RoundTripTest {

	private static final List<String> FORMATS = List.of("html", "docx", "md");
	private static final int CORPUS_SAMPLE = 40;

	@Inject
	private Injector injector;

	@Inject
	private DocumentFormats formats;

	@TempDir
	Path folder;

	@TestFactory
	Stream<DynamicTest> generatedDocumentsImportBack() throws IOException {
		CellComparison comparison = new CellComparison(injector);
		List<Path> reports = new ArrayList<>(CellComparison.transcriptions(Path.of("..", "examples")));
		reports.addAll(CellComparison.transcriptions(Path.of("src", "test", "resources", "reports")));
		reports.addAll(CorpusGenerator.generate(folder.resolve("corpus"), CORPUS_SAMPLE));
		return reports.stream().flatMap(report -> FORMATS.stream().map(format -> DynamicTest.dynamicTest(
				report.getFileName() + " as " + format, () -> {
					ReportView expected = comparison.view(Files.readString(report), "expected");
					Path document = folder.resolve(format).resolve(report.getFileName().toString().replace(".gongkai", "." + format));
					Files.createDirectories(document.getParent());
					Files.write(document, formats.byName(format).orElseThrow().render(expected));
					ReportView imported = comparison.view(Importer.importFile(document, false).source(), "imported");
					CellComparison.Result result = comparison.compare(expected, imported);
					assertTrue(result.perfect(), () -> String.join("\n", result.differences()));
					assertEquals(expected.issued(), imported.issued(), "issued");
				})));
	}
}
