package org.gongkai.language.ide.cli;

import java.io.PrintWriter;
import java.util.List;

/** {@code PATH:LINE:COLUMN: error|warning: MESSAGE [CODE]} per diagnostic, then the summary line. */
final class TextOutput {

	private TextOutput() {
	}

	static void print(List<FileDiagnostic> diagnostics, int files, PrintWriter out) {
		for (FileDiagnostic d : diagnostics) {
			out.println(d.file() + ":" + d.line() + ":" + d.column() + ": " + d.severity() + ": " + d.message()
					+ (d.code() == null ? "" : " [" + d.code() + "]"));
		}
		long errors = diagnostics.stream().filter(FileDiagnostic::isError).count();
		out.println(errors + " errors, " + (diagnostics.size() - errors) + " warnings in " + files + " files");
	}
}
