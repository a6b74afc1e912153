package org.gongkai.language.generator;

import org.gongkai.language.report.ReportView;

/** One output format of the finished report (LANGUAGE.md §6). Formats read the {@link ReportView}, never the syntax tree. */
public interface DocumentFormat {

	/** The name used on the command line ({@code --to html}) and as the file extension. */
	String name();

	/** The finished document. Only called for reports without errors. */
	byte[] render(ReportView view);
}
