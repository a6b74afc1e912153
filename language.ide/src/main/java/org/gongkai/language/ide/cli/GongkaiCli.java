package org.gongkai.language.ide.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.varia.NullAppender;

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

	@Spec
	CommandSpec spec;

	/** Whether progress may be shown on stderr (a terminal); false when run in-process by tests. */
	final boolean interactive;

	public GongkaiCli() {
		this(false);
	}

	GongkaiCli(boolean interactive) {
		this.interactive = interactive;
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
		// before any class logs: log4j reads its configuration once, and its console appender keeps the stream it found
		if (System.getProperty(LOG_CONFIGURATION) == null) {
			System.setProperty(LOG_CONFIGURATION, "gongkai-log4j.properties");
		}
		// Guice's class generation calls sun.misc.Unsafe, which Java 24+ warns about on stderr; Xtext needs no AOP
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		PrintStream out = utf8(FileDescriptor.out);
		PrintStream err = utf8(FileDescriptor.err);
		// the commands write their output to `out` alone; whatever a library prints on System.out goes to stderr
		System.setOut(err);
		System.exit(run(args, out, err, isTerminal()));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, false);
	}

	static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
		try {
			silenceLogging(args.length > 0 && args[0].equals("lsp"));
			CommandLine cli = new CommandLine(new GongkaiCli(interactive));
			Subcommands.addTo(cli, args);
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
		if (e instanceof StackOverflowError) {
			return "文件中有过长的单词或嵌套过深的内容，超出了处理能力；请检查并改短它";
		}
		if (e instanceof OutOfMemoryError) {
			return "内存不足；请分批处理，或用 GONGKAI_JAVA_OPTS=-Xmx4g 给 Gongkai 更多内存";
		}
		if (e instanceof java.io.IOException io) {
			return ReportFiles.reason(io);
		}
		return "Gongkai 内部错误；请把这个文件和所用的命令发给 Gongkai 的维护者";
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

	/**
	 * Whether stderr is a terminal: the launcher script knows ({@code -Dgongkai.stderr.tty=true|false}); otherwise
	 * System.console() tells for stdin and stdout (from Java 22 on it is non-null when redirected, isTerminal() tells).
	 */
	private static boolean isTerminal() {
		String launcher = System.getProperty("gongkai.stderr.tty");
		if (launcher != null) {
			return Boolean.parseBoolean(launcher);
		}
		var console = System.console();
		if (console == null) {
			return false;
		}
		try {
			Method isTerminal = java.io.Console.class.getMethod("isTerminal");
			return (Boolean) isTerminal.invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}
}
