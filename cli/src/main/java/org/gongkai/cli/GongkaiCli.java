package org.gongkai.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.varia.NullAppender;
import org.gongkai.language.ide.output.CliProblem;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code gongkai} command: one subcommand per verb ({@link Subcommands}). Exit status 0 ok, 1 reports with errors, 2 anything else. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "政府信息公开工作年度报告语言 Gongkai 的命令行工具。")
public class GongkaiCli implements Callable<Integer> {

	public static final int OK = 0;
	public static final int REPORT_ERRORS = 1;
	public static final int PROBLEM = 2;

	private static final String LOG_CONFIGURATION = "log4j.configuration";
	/** The help's headings and standard options in Chinese, for every command (Help.properties). */
	private static final String HELP = "org.gongkai.cli.Help";

	@Spec
	CommandSpec spec;

	/** Whether progress may be shown on stderr (a terminal); false when run in-process by tests. */
	final boolean interactive;
	/** Where relative paths are read from: the process's own folder, or in the daemon its client's. */
	final Path workingFolder;
	private final Supplier<Injector> injectors;

	public GongkaiCli() {
		this(false);
	}

	GongkaiCli(boolean interactive) {
		this(interactive, Path.of(""), CommandLineSetup::injector);
	}

	private GongkaiCli(boolean interactive, Path workingFolder, Supplier<Injector> injectors) {
		this.interactive = interactive;
		this.workingFolder = workingFolder;
		this.injectors = injectors;
	}

	/** The language's injector for a check: a new one, or in the daemon the one it keeps. */
	Injector injector() {
		return injectors.get();
	}

	/** A new injector of the language as the commands use it ({@link CommandLineSetup}), for the daemon to keep. */
	public static Injector injectorOfTheCommands() {
		return CommandLineSetup.injector();
	}

	/** Whether progress may be shown on stderr; for contributed commands (their {@code @ParentCommand}). */
	public boolean interactive() {
		return interactive;
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return PROBLEM;
	}

	public static void main(String[] args) {
		System.exit(runHere(args));
	}

	/** The command, in this process, on its stdout and stderr; its exit status. */
	static int runHere(String[] args) {
		PrintStream out = utf8(FileDescriptor.out);
		PrintStream err = utf8(FileDescriptor.err);
		prepareProcess(err);
		return run(args, out, err, new GongkaiCli(Terminal.isStderr()));
	}

	/**
	 * What a process running the commands sets before any class logs: log4j reads its configuration once, and its
	 * console appender keeps the stream it found; the commands write their output to their own {@code out}, whatever
	 * a library prints on System.out goes to {@code err}.
	 */
	public static void prepareProcess(PrintStream err) {
		if (System.getProperty(LOG_CONFIGURATION) == null) {
			System.setProperty(LOG_CONFIGURATION, "gongkai-log4j.properties");
		}
		// Guice's class generation calls sun.misc.Unsafe, which Java 24+ warns about on stderr; Xtext needs no AOP
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		System.setOut(err);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, new GongkaiCli(false));
	}

	/** A command a client of the daemon asked for: its folder, its terminal, the daemon's injector. */
	public static int runFor(String[] args, PrintStream out, PrintStream err, boolean interactive, Path workingFolder,
			Supplier<Injector> injectors) {
		return run(args, out, err, new GongkaiCli(interactive, workingFolder, injectors));
	}

	/** The command line with the subcommand {@code args} names (every one when it names none), its help in Chinese. */
	static CommandLine commandLine(GongkaiCli command, String[] args) {
		CommandLine cli = new CommandLine(command);
		Subcommands.addTo(cli, args);
		cli.setResourceBundle(ResourceBundle.getBundle(HELP));
		return cli;
	}

	private static int run(String[] args, PrintStream out, PrintStream err, GongkaiCli command) {
		try {
			silenceLogging(args.length > 0 && args[0].equals("lsp"));
			CommandLine cli = commandLine(command, args);
			cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
			cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
			cli.setParameterExceptionHandler(UsageErrors::print);
			cli.setExecutionExceptionHandler((e, c, p) -> {
				c.getErr().println("gongkai: " + (e instanceof CliProblem ? e.getMessage() : describe(e)));
				return PROBLEM;
			});
			return cli.execute(args);
		} catch (Throwable e) {
			err.println("gongkai: " + describe(e));
			return PROBLEM;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/** What went wrong, in Chinese and with what to do, without Java's names. */
	public static String describe(Throwable e) {
		return e instanceof java.io.IOException io ? ReportFiles.reason(io) : CliProblem.describe(e);
	}

	private static PrintStream utf8(FileDescriptor fd) {
		return new PrintStream(new FileOutputStream(fd), false, StandardCharsets.UTF_8);
	}

	/**
	 * Xtext logs through log4j 1.x: without an appender it prints "log4j:WARN No appenders" on stderr, with
	 * gongkai-log4j.properties (stderr, see main) the exceptions it catches, stack traces and all. The commands say what
	 * went wrong themselves; the language server keeps its log (on stderr).
	 */
	private static void silenceLogging(boolean server) {
		Logger root = Logger.getRootLogger();
		if (!server) {
			root.removeAllAppenders();
		}
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new NullAppender());
			root.setLevel(Level.OFF);
		}
	}
}
