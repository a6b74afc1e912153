package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.importer.Published.PdfTextOrder;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.report.CellState;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.generator.Chromium;
import org.gongkai.language.tests.importer.CellComparison;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Text copied out of a PDF as poppler's {@code pdftotext} copies it, from the PDF LibreOffice makes of the DOCX our
 * generator writes, for every example and transcription. Laid out ({@code -layout}: a row's label and numbers on one
 * line, wrapped labels above and below, empty cells gone, the headings again on every page) it imports into the
 * report's cells, none wrong; as a PDF viewer copies it (the order the PDF draws its text: a row's cells in turn, a
 * wrapped label on lines of its own before its numbers, a number alone after a label) likewise; in reading order (each
 * column's numbers after all the labels) it writes no number at all that is not the report's, and says which cells it
 * left out. The HTML printed to PDF by Chromium, copied each of those ways, writes no number that is not the report's.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class PdfViewerTextTest {

	@Inject
	private Injector injector;

	@Inject
	private DocumentFormats formats;

	@TempDir
	Path folder;

	@TestFactory
	Stream<DynamicTest> textCopiedOutOfPdf() throws IOException, InterruptedException {
		assumeTrue(Published.onPath("pdftotext").isPresent() || ciFails("pdftotext (apt-get install poppler-utils)"));
		CellComparison comparison = new CellComparison(injector);
		List<Path> reports = new ArrayList<>(CellComparison.transcriptions(Path.of("..", "examples")));
		reports.addAll(CellComparison.transcriptions(Path.of("src", "test", "resources", "reports")));
		// the crawled reports' transcriptions keep the cells their pages printed empty: laid out, most rows come with no number
		List<Path> crawled = CellComparison.transcriptions(Path.of("src", "test", "resources", "crawled"));
		reports.addAll(crawled);
		List<DynamicTest> tests = new ArrayList<>();
		Chromium chromium = Chromium.find();
		for (Path report : reports) {
			// all but a note wrapped inside its cell (135（公共服务事 / 项）), or a wrapped label not made out in a crawled
			// report's table of empty rows, which are left out and said so
			int percent = crawled.contains(report) ? 90 : 95;
			ReportView expected = comparison.view(Files.readString(report), "expected");
			Path docx = folder.resolve(report.getFileName().toString().replace(".gongkai", ".docx"));
			Files.write(docx, formats.byName("docx").orElseThrow().render(expected));
			Optional<Path> pdf = Published.convert(docx, "pdf", folder);
			assumeTrue(pdf.isPresent(), "soffice is not installed");
			// the page printed by a browser: another layout engine's PDF, with its own wraps and spacing
			Path page = Files.write(folder.resolve(report.getFileName().toString().replace(".gongkai", ".html")),
					formats.byName("html").orElseThrow().render(expected));
			Path printed = folder.resolve(report.getFileName().toString().replace(".gongkai", ".browser.pdf"));
			chromium.printToPdf(page, printed);
			for (PdfTextOrder order : PdfTextOrder.values()) {
				tests.add(DynamicTest.dynamicTest(report.getFileName() + " printed by a browser, copied " + order.name().toLowerCase(),
						() -> writesNoWrongNumber(comparison, expected, pdftotext(printed, order))));
			}
			tests.add(DynamicTest.dynamicTest(report.getFileName() + " laid out", () -> {
				Importer.Imported imported = Importer.importFile(pdftotext(pdf.get(), PdfTextOrder.LAID_OUT), false);
				CellComparison.Result result = comparison.compare(expected, comparison.view(imported.source(), "imported"), imported.unread().keySet());
				assertEquals(0, result.wrong(), () -> String.join("\n", result.differences()));
				assertTrue(result.organ() && result.year() && result.format(), () -> String.join("\n", result.differences()));
				assertTrue(result.equal() * 100 >= result.cells() * percent, () -> result.equal() + " of " + result.cells() + " cells read");
			}));
			tests.add(DynamicTest.dynamicTest(report.getFileName() + " as a PDF viewer copies it", () -> {
				Importer.Imported imported = Importer.importFile(pdftotext(pdf.get(), PdfTextOrder.CONTENT), false);
				CellComparison.Result result = comparison.compare(expected, comparison.view(imported.source(), "imported"), imported.unread().keySet());
				assertEquals(0, result.wrong(), () -> String.join("\n", result.differences()));
				assertTrue(result.organ() && result.year() && result.format(), () -> String.join("\n", result.differences()));
				assertEquals(imported.unread().size(), result.leftOut(), "every cell left out is a cell of the table");
				// a row of part 三 whose empty cells left no trace (26 26 under seven columns) cannot say where its numbers stand
				boolean emptyCellsInApply = expected.table("apply").cells().stream().anyMatch(cell -> cell.state() == CellState.BLANK);
				assertTrue(emptyCellsInApply || result.equal() * 100 >= result.cells() * percent,
						() -> result.equal() + " of " + result.cells() + " cells read\n" + String.join("\n", imported.warnings()));
			}));
			tests.add(DynamicTest.dynamicTest(report.getFileName() + " in reading order",
					() -> writesNoWrongNumber(comparison, expected, pdftotext(pdf.get(), PdfTextOrder.READING))));
		}
		return tests.stream();
	}

	/**
	 * The text imports with no number that is not the report's, and every cell it leaves out is one of the table's; or
	 * it is refused as holding no report's tables.
	 */
	private static void writesNoWrongNumber(CellComparison comparison, ReportView expected, Path text) throws IOException {
		Importer.Imported imported;
		try {
			imported = Importer.importFile(text, false);
		} catch (ImportProblem refused) {
			assertEquals(Importer.NO_REPORT, refused.getMessage());
			return;
		}
		CellComparison.Result result = comparison.compare(expected, comparison.view(imported.source(), "imported"), imported.unread().keySet());
		assertEquals(0, result.wrong(), () -> String.join("\n", result.differences()));
		assertEquals(imported.unread().size(), result.leftOut(), "every cell left out is a cell of the table");
	}

	private Path pdftotext(Path pdf, PdfTextOrder order) throws IOException, InterruptedException {
		return Published.pdftotext(pdf, order, folder.resolve(pdf.getFileName().toString().replace(".pdf", "." + order.name().toLowerCase() + ".txt")));
	}

	private static boolean ciFails(String what) {
		String ci = System.getenv("CI");
		if (ci != null && !ci.isEmpty()) {
			fail("CI is set: needs " + what + " on the PATH");
		}
		return false;
	}
}
