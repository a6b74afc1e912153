package org.gongkai.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code gongkai}: its own and those the modules built on it contribute ({@link ContributedCommand}).
 * A run that names one gets only that one from picocli, all of them otherwise (help, a usage error): picocli builds
 * its model of a command from its annotations, which for all eight took a fifth of a second of every start.
 */
final class Subcommands {

	private static final List<Class<?>> OWN = List.of(ValidateCommand.class, GenerateCommand.class, NewCommand.class,
			TallyCommand.class, ImportCommand.class, FormatCommand.class, LspCommand.class, TrainCommand.class, HelpCommand.class);

	private Subcommands() {
	}

	static void addTo(CommandLine cli, String[] args) {
		Map<String, Supplier<Object>> all = new LinkedHashMap<>();
		for (Class<?> type : OWN) {
			all.put(name(type), () -> type);
		}
		ServiceLoader.load(ContributedCommand.class, GongkaiCli.class.getClassLoader()).stream()
				.forEach(provider -> all.put(name(provider.type()), provider::get));
		// help shows any command's help: it gets them all
		Supplier<Object> named = args.length > 0 && !args[0].equals(name(HelpCommand.class)) ? all.get(args[0]) : null;
		if (named != null) {
			cli.addSubcommand(named.get());
		} else {
			all.values().forEach(command -> cli.addSubcommand(command.get()));
		}
	}

	private static String name(Class<?> type) {
		return type.getAnnotation(Command.class).name();
	}
}
