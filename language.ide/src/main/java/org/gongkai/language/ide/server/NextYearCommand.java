package org.gongkai.language.ide.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.ide.output.AtomicWrite;
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

	/** What the command did: the new report's URI (null when none was written), and why not. */
	public record Outcome(boolean created, String uri, String message) {
	}

	private static final class Refused extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super("未能开始下一年度的报告：" + message);
		}
	}

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
			List<String> uris = CommandArguments.strings(CommandArguments.at(params.getArguments(), 0));
			if (uris.size() != 1) {
				throw new Refused("命令 " + ID + " 的参数应为上年报告文件的 URI");
			}
			outcome = read(access, uris.get(0));
		} catch (Refused e) {
			outcome = new Outcome(false, null, e.getMessage());
		}
		if (!outcome.created() && access.getLanguageClient() != null) {
			access.getLanguageClient().showMessage(new MessageParams(MessageType.Error, outcome.message()));
		}
		return outcome;
	}

	private Outcome read(ILanguageServerAccess access, String uri) {
		try {
			return access.doSyncRead(uri, context -> {
				try {
					return start(context.getResource());
				} catch (Refused e) {
					return new Outcome(false, null, e.getMessage());
				}
			});
		} catch (RuntimeException e) {
			throw new Refused("读不到 " + uri + "（它须是工作区中的 .gongkai 文件）");
		}
	}

	private Outcome start(Resource resource) {
		if (!resource.getURI().isFile()) {
			throw new Refused("上年的报告须先保存为文件");
		}
		Path last = Path.of(resource.getURI().toFileString()).toAbsolutePath();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			throw new Refused("读不出 " + last.getFileName() + " 中的报告");
		}
		NextYear.Start start = NextYear.of(views.of(report))
				.orElseThrow(() -> new Refused(last.getFileName() + " " + NextYear.NO_ORGAN_OR_YEAR));
		Path next = last.resolveSibling(start.fileName());
		try {
			if (Files.exists(next) || Files.isSymbolicLink(next)) {
				throw new FileAlreadyExistsException(next.toString());
			}
			AtomicWrite.createNew(next, start.text().getBytes(StandardCharsets.UTF_8));
		} catch (FileAlreadyExistsException e) {
			throw new Refused(next + " 已存在，不会覆盖");
		} catch (IOException e) {
			throw new Refused("无法写入 " + next + "：" + AtomicWrite.reason(e));
		}
		return new Outcome(true, next.toUri().toString(), "已创建 " + next);
	}
}
