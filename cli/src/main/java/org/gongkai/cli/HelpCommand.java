package org.gongkai.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai help [COMMAND]}: what {@code gongkai COMMAND --help} prints, or {@code gongkai --help} without one. */
@Command(name = "help", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "显示一条命令的帮助，与“gongkai 命令 --help”相同；不给命令时显示 gongkai 的帮助。")
public class HelpCommand implements Callable<Integer> {

	@Parameters(arity = "0..1", paramLabel = "COMMAND", description = "要看帮助的命令，如 validate")
	String command;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		CommandLine gongkai = spec.commandLine().getParent();
		CommandLine shown = command == null ? gongkai : gongkai.getSubcommands().get(command);
		if (shown == null || shown.getCommandSpec().usageMessage().hidden()) {
			throw new ParameterException(spec.commandLine(), "没有命令 " + command + "；可用的命令见 gongkai help");
		}
		shown.usage(spec.commandLine().getOut());
		return GongkaiCli.OK;
	}
}
