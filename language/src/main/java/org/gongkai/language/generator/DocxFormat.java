package org.gongkai.language.generator;

import org.gongkai.language.generator.docx.DocxDocument;
import org.gongkai.language.report.ReportView;

/**
 * The report as a Word document laid out as a formal document after GB/T 9704 (A4, official fonts and sizes,
 * 22 lines to the page, tables that fit the text width, page numbers "— 1 —"); the same view gives the same bytes.
 * Written with Apache POI, which only {@link DocxDocument} and its package touch: this class loads without it.
 */
public class DocxFormat implements DocumentFormat {

	@Override
	public String name() {
		return "docx";
	}

	@Override
	public byte[] render(ReportView view) {
		return DocxDocument.of(view);
	}

	@Override
	public void prepare() {
		DocxDocument.prepare();
	}

	/** Apache POI is there (in the Eclipse plug-in it is not: its bundle imports POI optionally). */
	@Override
	public boolean available() {
		try {
			Class.forName("org.apache.poi.xwpf.usermodel.XWPFDocument", false, DocxFormat.class.getClassLoader());
			return true;
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}
}
