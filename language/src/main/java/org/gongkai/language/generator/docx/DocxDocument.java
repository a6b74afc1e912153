package org.gongkai.language.generator.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.language.generator.Grid;
import org.gongkai.language.generator.GridCell;
import org.gongkai.language.generator.Grids;
import org.gongkai.language.generator.ReportTexts;
import org.gongkai.language.generator.ReportTexts.Part;
import org.gongkai.language.generator.ReportTexts.Topic;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.TableLayout;

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

	/** Writes a document of one paragraph and one table, each formatted, which loads POI's classes on the way. */
	public static void prepare() {
		try (XWPFDocument document = new XWPFDocument()) {
			Defaults.set(document);
			new Paragraphs(document).body(" ");
			Grid grid = new Grid(2, 1, List.of(List.of(cell(GridCell.Kind.CAPTION, 1, 2)),
					List.of(cell(GridCell.Kind.HEADER, 2, 1), cell(GridCell.Kind.LABEL, 1, 1)), List.of(cell(GridCell.Kind.LABEL, 1, 1))));
			TableWriter.write(document, grid, TableGeometry.of(TableLayout.ROW, grid, Page.textWidth()));
			Page.setUp(document);
			Stamp.properties(document, "", "", Optional.empty());
			Stamp.write(document);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static GridCell cell(GridCell.Kind kind, int rowSpan, int colSpan) {
		return new GridCell(" ", rowSpan, colSpan, kind, null);
	}

	private DocxDocument() {
	}
}
