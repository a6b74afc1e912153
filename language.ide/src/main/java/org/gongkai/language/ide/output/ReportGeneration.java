package org.gongkai.language.ide.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.ide.input.InputFile;

import com.google.inject.Injector;

/**
 * {@code generate} for one report that has been checked and has no errors, written beside it, as the command line
 * does it: the files are planned first ({@link OutputPlan}: reports and files Gongkai did not write are never
 * overwritten), then rendered ({@link ReportRenderer}) and written whole ({@link AtomicWrite}). For the Eclipse
 * plug-in's "Generate report" command.
 */
public final class ReportGeneration {

	/** The files written, or, when {@code refusals} is not empty, why none was. */
	public record Outcome(List<Path> written, List<String> refusals) {
	}

	private final ReportRenderer renderer;

	public ReportGeneration(Injector injector) {
		renderer = new ReportRenderer(injector);
	}

	/**
	 * The documents of a report file, which validated without errors, each marked with its report ({@link SourceMark}),
	 * for a caller that hands them on rather than writing them beside the report (the browser workbench's downloads).
	 *
	 * @throws CliProblem when the report cannot be rendered (the Chinese message says why)
	 */
	public Map<DocumentFormat, byte[]> documents(Path report, List<DocumentFormat> formats) {
		return renderer.render(InputFile.of(report.toString(), report, true), formats);
	}

	/**
	 * @param report the report file, which validated without errors
	 * @param otherReports the other report files of its folder: none is ever overwritten either
	 * @throws CliProblem when a file cannot be rendered or written (the Chinese message says why)
	 */
	public Outcome generate(Path report, List<DocumentFormat> formats, Collection<Path> otherReports) {
		InputFile input = InputFile.of(report.toString(), report, true);
		List<InputFile> reports = new ArrayList<>(List.of(input));
		otherReports.forEach(other -> reports.add(InputFile.of(other.toString(), other, false)));
		OutputPlan plan = OutputPlan.of(List.of(input), formats, null, reports, "请先移走或改名这个文件");
		if (!plan.refusals().isEmpty()) {
			return new Outcome(List.of(), plan.refusals());
		}
		Map<DocumentFormat, byte[]> documents = renderer.render(input, formats);
		List<Path> written = new ArrayList<>();
		for (OutputPlan.OutputFile file : plan.files()) {
			try {
				AtomicWrite.replace(file.path(), documents.get(file.format()));
			} catch (IOException e) {
				throw new CliProblem("无法写入 " + file.display() + "：" + AtomicWrite.reason(e));
			}
			written.add(file.path());
		}
		return new Outcome(written, List.of());
	}
}
