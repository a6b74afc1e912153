package org.gongkai.language.ui.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.language.ide.output.ReportGeneration;
import org.gongkai.language.ui.GongkaiLanguage;
import org.gongkai.language.ui.workspace.ReportChecker;

/**
 * "Generate report" for a saved report file: checked first (a report with errors is not generated), then written
 * beside it in the formats named (comma-separated, as {@code gongkai generate --to}), by the command line's own code
 * ({@link ReportGeneration}). Returns what to tell the user.
 */
final class ReportGenerator {

	static String generate(IFile file, String formatNames) throws IOException, CoreException {
		long errors = ReportChecker.check(file, CancelIndicator.NullImpl).stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		if (errors > 0) {
			return file.getName() + " 有 " + errors + " 处错误，未生成。请先改正“问题”视图中列出的错误。";
		}
		DocumentFormats registered = GongkaiLanguage.injector().getInstance(DocumentFormats.class);
		List<DocumentFormat> formats = new ArrayList<>();
		List<String> unavailable = new ArrayList<>();
		for (String name : formatNames.split(",")) {
			Optional<DocumentFormat> format = registered.byName(name);
			format.ifPresentOrElse(formats::add, () -> unavailable.add(name));
		}
		Path report = file.getLocation().toFile().toPath();
		List<String> lines = new ArrayList<>();
		try {
			ReportGeneration.Outcome outcome = new ReportGeneration(GongkaiLanguage.injector()).generate(report, formats, otherReports(report));
			outcome.refusals().forEach(lines::add);
			if (!outcome.refusals().isEmpty()) {
				lines.add("没有生成任何文件。");
			}
			outcome.written().forEach(path -> lines.add("已生成 " + path.getFileName()));
		} catch (CliProblem e) {
			lines.add(e.getMessage());
		} finally {
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		}
		for (String name : unavailable) {
			// POI comes with the update site: only a damaged installation lacks it
			lines.add("未生成 " + name.toUpperCase() + "：Eclipse 中缺少它所需的库（Apache POI）。需要时请用命令行：gongkai generate "
					+ file.getName());
		}
		return String.join("\n", lines);
	}

	private static List<Path> otherReports(Path report) throws IOException {
		try (Stream<Path> siblings = Files.list(report.toAbsolutePath().getParent())) {
			return siblings.filter(p -> p.getFileName().toString().endsWith("." + GongkaiLanguage.EXTENSION) && !p.equals(report)).toList();
		}
	}

	private ReportGenerator() {
	}
}
