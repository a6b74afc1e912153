package org.gongkai.language.generator;

import org.gongkai.language.report.ReportView;

/** One output format of the finished report (LANGUAGE.md §6). Formats read the {@link ReportView}, never the syntax tree. */
public interface DocumentFormat {

	/** The name used on the command line ({@code --to html}) and as the file extension. */
	String name();

	/** The finished document. Only called for reports without errors. */
	byte[] render(ReportView view);

	/**
	 * Whether the libraries this format needs are there: docx needs Apache POI, which this bundle imports optionally
	 * (the command line and the Eclipse update site carry it). {@link DocumentFormats} lists only these.
	 */
	default boolean available() {
		return true;
	}

	/**
	 * Loads what rendering needs (for docx, Apache POI and its XML type system: about a second), so that a caller
	 * about to render many reports can have it done on another thread while the reports are being checked.
	 */
	default void prepare() {
	}

	/**
	 * The document's file name for a report file: the report's name without {@code .gongkai}, then this format's
	 * extension ({@code zeku-2023.gongkai} → {@code zeku-2023.html}); a name without {@code .gongkai} is kept whole.
	 */
	default String fileName(String reportFileName) {
		String base = reportFileName.endsWith(".gongkai") && reportFileName.length() > ".gongkai".length()
				? reportFileName.substring(0, reportFileName.length() - ".gongkai".length())
				: reportFileName;
		return base + "." + name();
	}
}
