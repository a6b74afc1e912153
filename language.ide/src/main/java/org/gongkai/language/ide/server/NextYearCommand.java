package org.gongkai.language.ide.server;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.NextYear;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Inject;

/**
 * {@code workspace/executeCommand} {@value #ID} with last year's report's URI: writes next year's report beside it
 * ({@link NextYear}, as {@code gongkai new --from} does), under the name {@code gongkai new} gives it and never over a
 * file, and returns the new file's URI for the client to open. A refusal is shown to the user (window/showMessage).
 */
public class NextYearCommand implements IExecutableCommandService {

	public static final String ID = "gongkai.lsp.nextYear";

	@Inject
	private ReportViews views;

	@Override
	public List<String> initialize() {
		return List.of(ID);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		return NewReportFile.answer(access, "未能开始下一年度的报告：", () -> ReportReads.read(access,
				CommandArguments.uri(params.getArguments(), "命令 " + ID + " 的参数应为上年报告文件的 URI"), this::start));
	}

	private NewReportFile start(Resource resource) {
		if (!resource.getURI().isFile()) {
			throw new Refusal("上年的报告须先保存为文件");
		}
		Path last = Path.of(resource.getURI().toFileString()).toAbsolutePath();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			throw new Refusal("读不出 " + last.getFileName() + " 中的报告");
		}
		NextYear.Start start = NextYear.of(views.of(report))
				.orElseThrow(() -> new Refusal(last.getFileName() + " " + NextYear.NO_ORGAN_OR_YEAR));
		return NewReportFile.write(last.resolveSibling(start.fileName()), start.text());
	}
}
