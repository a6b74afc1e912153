package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.generator.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** PDFs printed by LibreOffice from our DOCX (ruled tables, "— N —" page numbers, a table over two pages). */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class PdfReaderTest {

	@Inject
	private Documents documents;

	@Inject
	private DocumentFormats formats;

	@TempDir
	Path folder;

	@Test
	void printedReportsGiveTheirTablesAsPrinted() throws IOException, InterruptedException {
		for (String example : List.of("gongbujiangda-2023", "zeku-2023")) {
			ReportView view = documents.example(example);
			Path pdf = pdf(view, example);
			PublishedDocument read = new PdfReader().read(pdf);
			Published.assertTablesAsPrinted(view, read, Published::compact);
			// LibreOffice leaves out a comma it hangs past the right margin (pdftotext finds none there either)
			Published.assertParagraphsAsPrinted(view, read, t -> Published.compact(t).replaceAll("[，、。；]", ""));
			for (String paragraph : Published.paragraphs(read)) {
				assertFalse(paragraph.matches("[—-]\\s*\\d+\\s*[—-]"), "a page number read as text: " + paragraph);
			}
		}
	}

	/** The official template filled in and printed: its merged cells drawn by Word's borders, a header on two lines. */
	@Test
	void thePrintedOfficialTemplate() throws IOException, InterruptedException {
		Path docx = folder.resolve("filled.docx");
		List<int[]> written = FilledTemplate.write(docx);
		Optional<Path> pdf = Published.convert(docx, "pdf", folder);
		assumeTrue(pdf.isPresent(), "needs soffice to print a PDF");
		FilledTemplate.assertTables(new PdfReader().read(pdf.get()), written, "");
	}

	@Test
	void aScannedPdfIsRefusedWithWhatToDo() throws IOException, InterruptedException {
		Path printed = pdf(documents.example("gongbujiangda-2023"), "gongbujiangda-2023");
		Path scanned = folder.resolve("scanned.pdf");
		try (PDDocument source = Loader.loadPDF(printed.toFile()); PDDocument scan = new PDDocument()) {
			BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, 100);
			PDPage page = new PDPage(PDRectangle.A4);
			scan.addPage(page);
			PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
			try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
				content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
			}
			scan.save(scanned.toFile());
		}
		ImportProblem problem = assertThrows(ImportProblem.class, () -> PublishedReaders.read(scanned));
		assertEquals("这个 PDF 没有文字层（可能是扫描件），无法导入；请找到报告的网页或 Word 版本", problem.getMessage());
	}

	/** The printed report with its fonts' ToUnicode maps taken out, as some PDF writers leave them. */
	@Test
	void aPdfWhoseFontsMapToNoUnicodeIsRefused() throws IOException, InterruptedException {
		Path printed = pdf(documents.example("gongbujiangda-2023"), "gongbujiangda-2023");
		Path unmapped = folder.resolve("unmapped.pdf");
		try (PDDocument document = Loader.loadPDF(printed.toFile())) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					page.getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
				}
			}
			document.save(unmapped.toFile());
		}
		assertEquals(PdfReader.NO_UNICODE, assertThrows(ImportProblem.class, () -> PublishedReaders.read(unmapped)).getMessage());
	}

	/** Glyphs that map to no Chinese (a font without a ToUnicode map gives its codes as Latin letters). */
	@Test
	void aPdfWithoutChineseTextIsRefused() throws IOException {
		Path file = folder.resolve("codes.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("!\"#$%&'()*+,-./0123456789:;<=>?@ABC");
				content.endText();
			}
			document.save(file.toFile());
		}
		assertEquals(PdfReader.NO_UNICODE, assertThrows(ImportProblem.class, () -> new PdfReader().read(file)).getMessage());
	}

	@Test
	void aBrokenPdfIsRefused() throws IOException {
		Path file = folder.resolve("broken.pdf");
		Files.writeString(file, "%PDF-1.7\n1 0 obj <<");
		ImportProblem problem = assertThrows(ImportProblem.class, () -> PublishedReaders.read(file));
		assertEquals("无法读取这个 PDF，它可能已损坏：broken.pdf；请找到报告的网页或 Word 版本", problem.getMessage());
	}

	private Path pdf(ReportView view, String name) throws IOException, InterruptedException {
		Path docx = folder.resolve(name + ".docx");
		Files.write(docx, formats.byName("docx").orElseThrow().render(view));
		Optional<Path> pdf = Published.convert(docx, "pdf", folder);
		assumeTrue(pdf.isPresent(), "needs soffice to print a PDF");
		return pdf.get();
	}
}
