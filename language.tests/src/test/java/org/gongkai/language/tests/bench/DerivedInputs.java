package org.gongkai.language.tests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.importer.Published;
import org.gongkai.importer.Published.PdfTextOrder;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.generator.Chromium;
import org.gongkai.language.tests.importer.CellComparison;
import org.jsoup.parser.Parser;

/**
 * Published text made from the hand-checked transcriptions, as readers copy it out of what our generator prints: the
 * DOCX as LibreOffice prints it to PDF, copied by poppler's {@code pdftotext} laid out ({@code NAME.pdf-layout.txt}),
 * in reading order ({@code NAME.pdf-text.txt}) and in the order the PDF draws it, as PDF viewers copy it
 * ({@code NAME.pdf-viewer.txt}); the HTML as Chromium prints it to PDF, copied the same three ways
 * ({@code NAME.browser-pdf-layout.txt} …); the HTML as Chromium shows it, copied as the page's innerText
 * ({@code NAME.innertext.txt}). Each beside a copy of its transcription, in a folder of its own.
 */
final class DerivedInputs {

	static final Pattern KIND = Pattern.compile(".*\\.((?:browser-)?pdf-(?:layout|text|viewer)|innertext)\\.txt");

	private static final Pattern COPIED = Pattern.compile("<pre id=\"copied\">(.*?)</pre>", Pattern.DOTALL);

	private DerivedInputs() {
	}

	static Path of(List<Path> transcriptions, CellComparison comparison, DocumentFormats formats) throws IOException, InterruptedException {
		Path folder = Files.createTempDirectory("derived-inputs");
		Path work = Files.createDirectories(folder.resolve("printed"));
		Chromium chromium = Chromium.find();
		for (Path transcription : transcriptions) {
			String name = transcription.getFileName().toString().replaceFirst("\\.gongkai$", "");
			ReportView view = comparison.view(Files.readString(transcription), name);
			Path docx = Files.write(work.resolve(name + ".docx"), formats.byName("docx").orElseThrow().render(view));
			Optional<Path> pdf = Published.convert(docx, "pdf", work);
			if (pdf.isPresent()) {
				Published.pdftotext(pdf.get(), PdfTextOrder.LAID_OUT, derived(folder, transcription, name, "pdf-layout"));
				Published.pdftotext(pdf.get(), PdfTextOrder.READING, derived(folder, transcription, name, "pdf-text"));
				Published.pdftotext(pdf.get(), PdfTextOrder.CONTENT, derived(folder, transcription, name, "pdf-viewer"));
			}
			String html = new String(formats.byName("html").orElseThrow().render(view), StandardCharsets.UTF_8);
			// the page printed by a browser: another layout engine's PDF, copied out the same ways
			Path printed = work.resolve(name + ".browser.pdf");
			chromium.printToPdf(Files.writeString(work.resolve(name + ".print.html"), html), printed);
			Published.pdftotext(printed, PdfTextOrder.LAID_OUT, derived(folder, transcription, name, "browser-pdf-layout"));
			Published.pdftotext(printed, PdfTextOrder.READING, derived(folder, transcription, name, "browser-pdf-text"));
			Published.pdftotext(printed, PdfTextOrder.CONTENT, derived(folder, transcription, name, "browser-pdf-viewer"));
			// the page copies its own text, as a reader selecting all of it does
			Path page = Files.writeString(work.resolve(name + ".html"), html + "<script>document.addEventListener('DOMContentLoaded', () => {"
					+ " const copied = document.body.innerText; document.body.innerHTML = '<pre id=\"copied\"></pre>';"
					+ " document.getElementById('copied').textContent = copied; });</script>");
			Matcher copied = COPIED.matcher(chromium.dumpDom(page));
			if (copied.find()) {
				Files.writeString(derived(folder, transcription, name, "innertext"), Parser.unescapeEntities(copied.group(1), false));
			}
		}
		return folder;
	}

	private static Path derived(Path folder, Path transcription, String name, String kind) throws IOException {
		Files.copy(transcription, folder.resolve(name + "." + kind + ".gongkai"));
		return folder.resolve(name + "." + kind + ".txt");
	}
}
