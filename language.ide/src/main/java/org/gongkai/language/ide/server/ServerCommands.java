package org.gongkai.language.ide.server;

import java.util.List;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** The server's commands ({@code workspace/executeCommand}): Xtext takes one service per language, this one asks each. */
public class ServerCommands implements IExecutableCommandService {

	private final List<IExecutableCommandService> commands;

	@Inject
	ServerCommands(GenerateReportCommand generate, NextYearCommand nextYear, NewReportCommand newReport, TallyCommand tally) {
		commands = List.of(generate, nextYear, newReport, tally);
	}

	@Override
	public List<String> initialize() {
		return commands.stream().flatMap(command -> command.initialize().stream()).toList();
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		return commands.stream().filter(command -> command.initialize().contains(params.getCommand())).findFirst()
				.map(command -> command.execute(params, access, cancelIndicator)).orElse(null);
	}
}
