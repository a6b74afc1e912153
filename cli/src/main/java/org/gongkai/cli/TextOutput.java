package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code PATH:LINE:COLUMN: error|warning: MESSAGE [CODE]} per diagnostic ({@code PATH: PLACE: …} for a published report),
 * then the summary line in Chinese, {@code 共 K 个文件：N 个错误，M 个警告} (LANGUAGE.md §7).
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
		out.println("共 " + files + " 个文件：" + errors + " 个错误，" + (diagnostics.size() - errors) + " 个警告");
	}
}
