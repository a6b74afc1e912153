package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Injector;

/**
 * The reports named by PATH arguments, read and checked as {@code gongkai validate} reads and checks them, for the
 * commands other modules contribute: each given report's view is handed over while its report is loaded (on the
 * worker threads: the reader must be thread-safe, and must keep nothing of the view).
 */
public final class CheckedReports {

	/** One report checked: the file as given and what it means. */
	public interface Reader {
		void read(InputFile file, ReportView view);
	}

	/**
	 * @param given the report files of the arguments
	 * @param diagnostics every diagnostic of the given files, as {@code validate} prints them
	 * @param problems files that could not be read or checked, one Chinese line each
	 */
	public record Result(List<InputFile> given, List<FileDiagnostic> diagnostics, List<String> problems, int checked) {
	}

	private CheckedReports() {
	}

	/**
	 * @param err where progress goes, on a terminal
	 * @throws CliProblem when an argument is missing, unreadable or a folder without reports
	 */
	public static Result check(List<String> paths, PrintWriter err, boolean interactive, Reader reader) {
		ReportFiles files = ReportFiles.collect(paths);
		List<InputFile> given = files.given();
		Injector injector = CommandLineSetup.injector();
		ReportViews views = injector.getInstance(ReportViews.class);
		BatchValidator.Result result = new BatchValidator(injector, (file, resource) -> read(file, resource, views, reader))
				.validate(given, files.context(), Progress.of(err, interactive, given.size()));
		return new Result(given, result.diagnostics(), result.problems(), result.checked());
	}

	private static void read(InputFile file, Resource resource, ReportViews views, Reader reader) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Report report) {
			reader.read(file, views.of(report));
		}
	}
}
