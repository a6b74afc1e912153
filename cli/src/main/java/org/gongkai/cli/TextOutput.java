package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code PATH:LINE:COLUMN: error|warning: MESSAGE [CODE]} per diagnostic ({@code PATH: PLACE: …} for a published report),
 * then the summary line.
 */
final class TextOutput {

	private TextOutput() {
	}

	static void print(List<FileDiagnostic> diagnostics, int files, PrintWriter out) {
		print(diagnostics, files, List.of(), out);
	}

	/** With one line per published report after the diagnostics (see {@link ImportSummary}). */
	static void print(List<FileDiagnostic> diagnostics, int files, List<String> reports, PrintWriter out) {
		diagnostics.forEach(d -> out.println(d.printed()));
		reports.forEach(out::println);
		long errors = diagnostics.stream().filter(FileDiagnostic::isError).count();
		out.println(errors + " errors, " + (diagnostics.size() - errors) + " warnings in " + files + " files");
	}
}
