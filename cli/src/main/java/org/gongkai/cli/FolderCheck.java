package org.gongkai.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.language.ide.input.HeaderScan;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.ide.input.ReportText;
import org.gongkai.language.ide.output.CliProblem;

import com.google.inject.Injector;

/**
 * The reports of a folder (every {@code .gongkai} file below it) checked as {@code gongkai validate FOLDER} checks
 * them, each with its organ, year and its errors and warnings: the browser workbench's list of reports, the markers
 * a report it opens shows until its language-server session has checked it, and its test that a report may be
 * printed.
 */
public final class FolderCheck {

	/**
	 * @param organ null when the header does not say it plainly
	 * @param year null when the header does not say it plainly
	 * @param problem why the file could not be checked (Chinese), or null
	 * @param diagnostics its errors and warnings, as {@code gongkai validate} prints them
	 */
	public record Report(Path path, String organ, Integer year, int errors, int warnings, String problem,
			List<FileDiagnostic> diagnostics) {
	}

	private FolderCheck() {
	}

	/** The folder's reports in the order of their paths; none when it holds none. */
	public static List<Report> check(Injector injector, Path folder) {
		ReportFiles files;
		try {
			files = ReportFiles.collect(List.of(folder.toString()));
		} catch (CliProblem e) {
			return List.of();
		}
		List<InputFile> given = files.given().stream().filter(file -> !file.published()).toList();
		BatchValidator.Result result = new BatchValidator(injector).validate(given, files.context(), Progress.of(null, false, 0));
		Map<String, List<FileDiagnostic>> diagnostics = result.diagnostics().stream()
				.collect(Collectors.groupingBy(FileDiagnostic::file));
		List<Report> reports = new ArrayList<>();
		for (InputFile file : given) {
			List<FileDiagnostic> own = diagnostics.getOrDefault(file.display(), List.of());
			int errors = (int) own.stream().filter(FileDiagnostic::isError).count();
			HeaderScan.Header header = header(file.path());
			String problem = result.problems().stream().filter(p -> p.contains(file.display())).findFirst().orElse(null);
			reports.add(new Report(file.path(), header == null ? null : header.organ(), header == null ? null : header.year(),
					errors, own.size() - errors, problem, List.copyOf(own)));
		}
		return reports;
	}

	private static HeaderScan.Header header(Path path) {
		try {
			return HeaderScan.scan(ReportText.read(path).text()).orElse(null);
		} catch (IOException e) {
			return null;
		}
	}
}
