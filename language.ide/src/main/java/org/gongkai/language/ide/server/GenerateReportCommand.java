package org.gongkai.language.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.ide.input.ReportPath;
import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.ide.output.OutputPlan;
import org.gongkai.language.ide.output.SourceMark;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Inject;

/**
 * {@code workspace/executeCommand} {@value #ID} with the report's URI and, optionally, the formats (names, as a
 * list or comma-separated; default html and docx): prints the report beside its file under the rules of
 * {@code gongkai generate} — a report with errors writes nothing, files are written whole under a temporary name,
 * and a file Gongkai did not write is never overwritten (then nothing is written). The outcome is shown to the user
 * (window/showMessage) and returned.
 */
public class GenerateReportCommand implements IExecutableCommandService {

	/** Not "gongkai.generate": VS Code registers the server's commands as its own, and that is the extension's. */
	public static final String ID = "gongkai.lsp.generate";

	/** What the command did: the files written (absolute paths), and the message shown. */
	public record Outcome(boolean generated, List<String> files, String message) {
	}

	private record Target(String display, Path path) implements ReportPath {
	}

	@Inject
	private DocumentFormats documentFormats;

	@Inject
	private ReportViews views;

	@Override
	public List<String> initialize() {
		return List.of(ID);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		Outcome outcome;
		try {
			String uri = CommandArguments.uri(params.getArguments(), "命令 " + ID + " 的第一个参数应为报告文件的 URI");
			List<DocumentFormat> formats = formats(CommandArguments.strings(CommandArguments.at(params.getArguments(), 1)));
			outcome = ReportReads.read(access, uri, resource -> generate(resource, formats, cancelIndicator));
		} catch (Refusal e) {
			outcome = new Outcome(false, List.of(), "报告未生成：" + e.getMessage());
		}
		if (access.getLanguageClient() != null) {
			access.getLanguageClient().showMessage(new MessageParams(outcome.generated() ? MessageType.Info : MessageType.Error,
					outcome.message()));
		}
		return outcome;
	}

	private Outcome generate(org.eclipse.emf.ecore.resource.Resource resource, List<DocumentFormat> formats, CancelIndicator cancel) {
		if (!(resource instanceof XtextResource xtext) || xtext.getContents().isEmpty()
				|| !(xtext.getContents().get(0) instanceof Report report)) {
			throw new Refusal("读不出报告");
		}
		URI uri = resource.getURI();
		if (!uri.isFile()) {
			throw new Refusal("报告须先保存为文件");
		}
		Path file = Path.of(uri.toFileString()).toAbsolutePath();
		long errors = xtext.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancel).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).count();
		if (errors > 0) {
			throw new Refusal(String.format("%s 有 %d 处错误，请先改正", file.getFileName(), errors));
		}
		Target target = new Target(file.toString(), real(file));
		OutputPlan plan = OutputPlan.of(List.of(target), formats, null, List.of(target), "请先移走或改名这个文件");
		if (!plan.refusals().isEmpty()) {
			throw new Refusal(String.join("；", plan.refusals()));
		}
		ReportView view = views.of(report);
		SourceMark source = SourceMark.of(file);
		List<String> written = new ArrayList<>();
		for (OutputPlan.OutputFile output : plan.files()) {
			try {
				AtomicWrite.replace(output.path(), source.stamp(output.format().name(), output.format().render(view)));
			} catch (IOException e) {
				throw new Refusal("无法写入 " + output.display() + "：" + AtomicWrite.reason(e));
			}
			written.add(output.path().toString());
		}
		String names = plan.files().stream().map(f -> f.path().getFileName().toString()).collect(Collectors.joining("、"));
		return new Outcome(true, written, "报告已生成：" + names + "（在 " + file.getParent() + "）");
	}

	/** The formats named, each once, in the order named; the published ones when none are. */
	private List<DocumentFormat> formats(List<String> named) {
		Set<DocumentFormat> chosen = new LinkedHashSet<>();
		List<String> names = named.isEmpty() ? List.of(DocumentFormats.PUBLISHED) : named;
		for (String list : names) {
			for (String name : list.split(",")) {
				if (!name.isBlank()) {
					chosen.add(documentFormats.byName(name.strip()).orElseThrow(() -> new Refusal("不认识的格式 " + name.strip()
							+ "；可用的格式：" + documentFormats.all().stream().map(DocumentFormat::name).collect(Collectors.joining("、")))));
				}
			}
		}
		if (chosen.isEmpty()) {
			throw new Refusal("须至少给出一种格式");
		}
		return List.copyOf(chosen);
	}

	private static Path real(Path file) {
		try {
			return Files.exists(file) ? file.toRealPath() : file;
		} catch (IOException e) {
			return file;
		}
	}
}
