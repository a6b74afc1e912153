package org.gongkai.language.ide.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;
import org.gongkai.language.tally.ApplyReplacement;
import org.gongkai.language.tally.RegisterSheet;
import org.gongkai.language.tally.RegisterTally;
import org.gongkai.language.tally.RegisterUnreadable;
import org.gongkai.language.tally.TallyResult;

import com.google.inject.Inject;

/**
 * {@code workspace/executeCommand} {@value #ID} with the open report's URI and a register of applications (LANGUAGE.md
 * §8): the register's file URI, or its file name and its bytes in Base64 (a file dropped on a page). Counts part 三
 * from the register for the report's year ({@link RegisterTally}) and returns the replacement of the report's part 三
 * as an edit of the open document, for the client to apply (its undo takes it back); nothing is written to a file. A
 * register with mistakes gives no edit: they are shown to the user (window/showMessage), row by row.
 */
public class TallyCommand implements IExecutableCommandService {

	public static final String ID = "gongkai.lsp.tally";

	@Inject
	private RegisterTally tally;

	@Override
	public List<String> initialize() {
		return List.of(ID);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		List<Object> arguments = params.getArguments();
		String report = CommandArguments.uri(arguments, "命令 " + ID + " 的参数应为报告文件的 URI 和登记台账（文件的 URI，或文件名和内容）");
		try {
			RegisterSheet register = register(arguments);
			return ReportReads.readContext(access, report, context -> {
				Document document = context.getDocument();
				TallyResult result = tally.into(register, document.getContents(), null);
				if (result.isRefused()) {
					throw new Refusal(result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
				}
				ApplyReplacement replacement = result.replacement();
				Range range = new Range(document.getPosition(replacement.offset()), document.getPosition(replacement.offset() + replacement.length()));
				return new WorkspaceEdit(Map.of(report, List.of(new TextEdit(range, replacement.text()))));
			});
		} catch (Refusal refused) {
			access.getLanguageClient().showMessage(new MessageParams(MessageType.Error, "未能从登记台账填入第三部分：" + refused.getMessage()));
			return null;
		}
	}

	private static RegisterSheet register(List<Object> arguments) {
		List<String> given = CommandArguments.strings(CommandArguments.at(arguments, 1));
		List<String> bytes = CommandArguments.strings(CommandArguments.at(arguments, 2));
		try {
			if (given.size() == 1 && bytes.size() == 1) {
				return RegisterSheet.read(Base64.getDecoder().decode(bytes.get(0)), given.get(0));
			}
			if (given.size() == 1 && given.get(0).startsWith("file:")) {
				Path file = Path.of(URI.create(given.get(0)));
				return RegisterSheet.read(Files.readAllBytes(file), file.getFileName().toString());
			}
		} catch (IllegalArgumentException e) {
			throw new Refusal("登记台账的内容或 URI 不对：" + e.getMessage());
		} catch (IOException e) {
			throw new Refusal("读不到登记台账：" + e.getMessage());
		} catch (RegisterUnreadable e) {
			throw new Refusal(e.getMessage());
		}
		throw new Refusal("命令 " + ID + " 的第二个参数应为登记台账文件的 URI，或文件名和 Base64 内容");
	}
}
