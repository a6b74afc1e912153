package org.gongkai.cli;

import java.util.Comparator;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * One diagnostic of one report file, as printed: lines and columns start at 1. A diagnostic of a published report
 * (imported in memory, its lines are nobody's) has line 0 and names its {@code place} in the official table instead
 * ("" for the report as a whole).
 */
public record FileDiagnostic(String file, int line, int column, int endLine, int endColumn, String severity,
		String code, String message, String place) {

	public FileDiagnostic(String file, int line, int column, int endLine, int endColumn, String severity, String code,
			String message) {
		this(file, line, column, endLine, endColumn, severity, code, message, null);
	}

	static FileDiagnostic placed(String file, String place, String severity, String code, String message) {
		return new FileDiagnostic(file, 0, 0, 0, 0, severity, code, message, place);
	}

	static final Comparator<FileDiagnostic> ORDER = Comparator.comparing(FileDiagnostic::file)
			.thenComparingInt(FileDiagnostic::line)
			.thenComparingInt(FileDiagnostic::column)
			.thenComparing(FileDiagnostic::severity)
			.thenComparing(FileDiagnostic::message);

	static FileDiagnostic of(String file, Issue issue) {
		int line = orOne(issue.getLineNumber());
		int column = orOne(issue.getColumn());
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column : issue.getColumnEnd();
		String severity = issue.getSeverity() == Severity.ERROR ? "error" : "warning";
		String message = issue.getMessage() == null ? "" : issue.getMessage().replaceAll("\\s*\\R\\s*", " ");
		return new FileDiagnostic(file, line, column, endLine, endColumn, severity, code(issue), message);
	}

	/** A diagnostic of a published report, at {@code place} instead of a line. */
	static FileDiagnostic of(String file, String place, Issue issue) {
		FileDiagnostic lined = of(file, issue);
		return placed(file, place, lined.severity(), lined.code(), lined.message());
	}

	public boolean isError() {
		return "error".equals(severity);
	}

	/** As {@code gongkai validate} prints it: {@code PATH:LINE:COLUMN: SEVERITY: MESSAGE [CODE]}, or {@code PATH: PLACE: …}. */
	public String printed() {
		String where = place == null ? file + ":" + line + ":" + column : file + (place.isEmpty() ? "" : ": " + place);
		return where + ": " + severity + ": " + message + (code == null ? "" : " [" + code + "]");
	}

	/** The parser's own code, for a grammar without a custom syntax error message provider, reads as LANGUAGE.md's. */
	private static String code(Issue issue) {
		String code = issue.getCode();
		return Diagnostic.SYNTAX_DIAGNOSTIC.equals(code) ? "syntax" : code;
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}
}
