package org.gongkai.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code docs/cli.md}: every command's help as {@code gongkai COMMAND --help} prints it, made from picocli's model of
 * the commands on the class path (the jar's: those the workbench and the summary contribute too), so that the page
 * cannot say other than the program. releng/cli's CommandReferenceTest fails when the committed page differs.
 *
 * <pre>java -cp releng/cli/target/gongkai.jar org.gongkai.cli.CommandReference &gt; docs/cli.md</pre>
 */
public final class CommandReference {

	private CommandReference() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		out.print(markdown());
	}

	/** The page: a heading and the help of the command {@code gongkai}, then the same of each of its commands. */
	public static String markdown() {
		CommandLine gongkai = GongkaiCli.commandLine(new GongkaiCli(false), new String[0]);
		StringBuilder page = new StringBuilder();
		page.append("# gongkai 命令参考\n\n")
				.append("每条命令的帮助，与 `gongkai 命令 --help` 打印的相同。本页由程序的命令模型生成，请勿手工修改：\n")
				.append("`java -cp releng/cli/target/gongkai.jar org.gongkai.cli.CommandReference > docs/cli.md`。\n");
		section(page, "gongkai", gongkai);
		gongkai.getSubcommands().forEach((name, command) -> {
			if (!command.getCommandSpec().usageMessage().hidden()) {
				section(page, "gongkai " + name, command);
			}
		});
		return page.toString();
	}

	private static void section(StringBuilder page, String title, CommandLine command) {
		String usage = command.getUsageMessage(Ansi.OFF).replace("\r\n", "\n").stripTrailing();
		page.append("\n## ").append(title).append("\n\n```\n").append(usage).append("\n```\n");
	}
}
