package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A command line that picocli cannot parse: a Chinese line naming what is wrong, then the command's help; exit status 2. */
final class UsageErrors {

	private UsageErrors() {
	}

	static int print(ParameterException e, String[] args) {
		CommandLine command = e.getCommandLine();
		PrintWriter err = command.getErr();
		err.println("gongkai: " + message(e));
		command.usage(err);
		return GongkaiCli.PROBLEM;
	}

	private static String message(ParameterException e) {
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			boolean topLevel = e.getCommandLine().getParent() == null;
			if (topLevel && !first.startsWith("-")) {
				return "没有 " + first + " 这个命令；可用的命令："
						+ String.join("、", e.getCommandLine().getSubcommands().entrySet().stream()
								.filter(command -> !command.getValue().getCommandSpec().usageMessage().hidden())
								.map(Map.Entry::getKey).toList());
			}
			return "不认识的" + (first.startsWith("-") ? "选项 " : "参数 ") + first;
		}
		if (e instanceof MissingParameterException missing) {
			List<String> names = missing.getMissing().stream().map(UsageErrors::name).toList();
			return "缺少 " + String.join("、", names);
		}
		return "命令行有误（" + e.getMessage() + "）";
	}

	private static String name(ArgSpec arg) {
		return arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
	}
}
