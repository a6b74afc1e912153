package org.gongkai.language.generator.docx;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.language.generator.Grid;
import org.gongkai.language.generator.Grids;
import org.gongkai.language.generator.ReportTexts;
import org.gongkai.language.generator.ReportTexts.Part;
import org.gongkai.language.generator.ReportTexts.Topic;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;

/**
 * Writes the report as a Word document, in the order it is read: title, opening, the six parts with their
 * headings, texts and tables, signature and date; then the page and the document's properties.
 */
public final class DocxDocument {

	public static byte[] of(ReportView view) {
		try (XWPFDocument document = new XWPFDocument()) {
			Defaults.set(document);
			Paragraphs paragraphs = new Paragraphs(document);
			String title = ReportTexts.title(view);
			String organ = ReportTexts.signature(view);
			paragraphs.title(title, title.startsWith(organ) ? organ.length() : 0);
			ReportTexts.opening(view).forEach(paragraphs::body);
			for (Part part : ReportTexts.parts(view)) {
				paragraphs.heading(part.heading(), Face.PART, 1);
				part.paragraphs().forEach(paragraphs::body);
				for (Topic topic : part.topics()) {
					paragraphs.heading(topic.heading(), Face.TOPIC, 2);
					topic.paragraphs().forEach(paragraphs::body);
				}
				if (part.isTable()) {
					TableView table = view.table(part.template().keyword());
					Grid grid = Grids.of(table);
					TableWriter.write(document, grid, TableGeometry.of(table.template().layout(), grid, Page.textWidth()));
				}
			}
			paragraphs.signature(organ);
			ReportTexts.date(view).ifPresent(paragraphs::closing);
			Page.setUp(document);
			Stamp.properties(document, title, organ, view.issued());
			return Stamp.write(document);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private DocxDocument() {
	}
}
