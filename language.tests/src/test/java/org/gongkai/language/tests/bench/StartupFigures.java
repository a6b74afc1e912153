package org.gongkai.language.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up figures of the packaged jar (issue 14), side by side in one run, the variants interleaved round by round so
 * that the machine's load falls on all of them alike:
 * <ul>
 * <li>the language server: process start → first diagnostics of {@value LspFigures#BROKEN}, opened at once in a
 * workspace of the examples, started plainly ({@code java -jar gongkai.jar lsp}, as the VS Code extension started it)
 * and with the class-data archive the extension and the launchers now pass (target: ≤ 0.6 × plain);</li>
 * <li>the command line: {@code gongkai validate} of one report as the launcher runs it (C1 alone, with and without
 * the archive) against {@code java -version} (target: ≤ 4 ×): in its own process ({@code GONGKAI_DAEMON=off}), asked
 * of the daemon that keeps the language loaded (as the launcher runs it when the daemon listens: the run without the
 * archive; and with it, as the launcher would run it without knowing), and the run that finds no daemon (its folder
 * deleted before, which ends the last one), which checks in its own process with the archive and starts the daemon as
 * it ends.</li>
 * </ul>
 * On Java 25+ the variants with a cache use the AOT cache that {@code gongkai train lsp|cli} makes (as the launchers and
 * the extension have it made); before, the class-data archive made by the first, untimed, run of each variant
 * ({@code -XX:+AutoCreateSharedArchive}).
 * Arguments: JAVA JAR EXAMPLES WORK ROUNDS.
 */
public final class StartupFigures {

	public static void main(String[] args) throws Exception {
		String java = args[0];
		String jar = args[1];
		Path examples = Path.of(args[2]).toAbsolutePath().normalize();
		Path work = Path.of(args[3]).toAbsolutePath().normalize();
		int rounds = Integer.parseInt(args[4]);
		Files.createDirectories(work);
		Path workspace = LspFigures.copyReports(examples, work.resolve("examples"));
		Path stderr = work.resolve("server-stderr.log");
		Files.deleteIfExists(stderr);
		List<String> c1 = List.of("-XX:-DontCompileHugeMethods", "-XX:TieredStopAtLevel=1");
		boolean aot = Runtime.version().feature() >= 25;
		List<String> archiveLsp = aot ? trained(java, List.of(), jar, "lsp", work) : archive(work.resolve("lsp.jsa"));
		List<String> archiveCli = aot ? trained(java, c1, jar, "cli", work) : archive(work.resolve("cli.jsa"));
		List<String> plainServer = command(java, List.of(), jar, "lsp");
		List<String> archivedServer = command(java, archiveLsp, jar, "lsp");
		String report = workspace.resolve("gongbujiangda-2023.gongkai").toString();
		List<String> plainValidate = command(java, c1, jar, "validate", report);
		List<String> archivedValidate = command(java, concat(c1, archiveCli), jar, "validate", report);
		List<String> javaVersion = List.of(java, "-version");
		// as the launcher runs validate: the commands' AOT cache named for the daemon a run starts; a run the daemon
		// serves without it (launcherValidate), one that finds no daemon with it (archivedClient)
		List<String> forDaemon = aot ? List.of("-Dgongkai.daemon.aot-cache=" + work.resolve("cli.aot")) : List.of();
		List<String> launcherValidate = command(java, concat(c1, forDaemon), jar, "validate", report);
		List<String> archivedClient = command(java, concat(concat(c1, archiveCli), forDaemon), jar, "validate", report);
		Path cache = work.resolve("cache");
		Map<String, String> ownProcess = Map.of("GONGKAI_DAEMON", "off");
		Map<String, String> daemon = Map.of("XDG_CACHE_HOME", cache.toString());
		double load = LspFigures.loadAverage();

		firstDiagnosticsMs(archivedServer, workspace, stderr);
		run(archivedValidate, ownProcess);
		double[][] ms = new double[8][rounds];
		for (int round = 0; round < rounds; round++) {
			ms[0][round] = firstDiagnosticsMs(plainServer, workspace, stderr);
			ms[1][round] = firstDiagnosticsMs(archivedServer, workspace, stderr);
			ms[2][round] = run(javaVersion, Map.of());
			ms[3][round] = run(plainValidate, ownProcess);
			ms[4][round] = run(archivedValidate, ownProcess);
			endDaemons(cache);
			ms[7][round] = run(archivedClient, daemon);
			awaitListening(cache);
			for (int warm = 0; warm < 3; warm++) {
				run(launcherValidate, daemon);
			}
			ms[5][round] = run(launcherValidate, daemon);
			ms[6][round] = run(archivedClient, daemon);
			System.err.printf("round %d: lsp %.0f / %.0f ms, java -version %.0f ms, validate %.0f / %.0f ms, daemon %.0f / %.0f ms,"
					+ " first %.0f ms%n", round + 1, ms[0][round], ms[1][round], ms[2][round], ms[3][round], ms[4][round],
					ms[5][round], ms[6][round], ms[7][round]);
		}
		endDaemons(cache);
		System.out.println();
		System.out.println("=== start-up, " + rounds + " interleaved rounds ===");
		System.out.printf("java                   %s; %d cores, load average %.1f at start, %.1f at end%n", java,
				Runtime.getRuntime().availableProcessors(), load, LspFigures.loadAverage());
		System.out.printf("lsp, plain             %s ms%n", LspFigures.summary(ms[0]));
		String kind = aot ? "AOT cache" : "archive";
		System.out.printf("lsp, %-18s%s ms%n", kind, LspFigures.summary(ms[1]));
		double lspRatio = LspFigures.median(ms[1]) / LspFigures.median(ms[0]);
		System.out.printf("%-22s %s / plain %.2f × (target ≤ 0.6 ×): %s%n", "", kind, lspRatio, LspFigures.verdict(lspRatio <= 0.6));
		System.out.printf("java -version          %s ms%n", LspFigures.summary(ms[2]));
		String cached = aot ? "AOT" : "archive";
		System.out.printf("validate, own process, C1           %s ms%n", LspFigures.summary(ms[3]));
		System.out.printf("validate, own process, C1 + %-8s%s ms%n", cached, LspFigures.summary(ms[4]));
		System.out.printf("validate, daemon, as the launcher   %s ms%n", LspFigures.summary(ms[5]));
		System.out.printf("validate, daemon, run with %-9s%s ms%n", cached, LspFigures.summary(ms[6]));
		System.out.printf("validate, no daemon yet (starts it) %s ms%n", LspFigures.summary(ms[7]));
		double version = LspFigures.median(ms[2]);
		double cliRatio = LspFigures.median(ms[5]) / version;
		System.out.printf("validate / java -version: daemon %.1f × (run with the %s %.1f ×; own process %.1f ×, with the %s %.1f ×;"
				+ " no daemon yet %.1f ×; target ≤ 4 ×): %s%n", cliRatio, cached, LspFigures.median(ms[6]) / version,
				LspFigures.median(ms[3]) / version, cached, LspFigures.median(ms[4]) / version,
				LspFigures.median(ms[7]) / version, LspFigures.verdict(cliRatio <= 4));
		System.exit(0);
	}

	/**
	 * What the launchers and the extension pass to Java 19 to 24: a dynamic archive made by the first (untimed) run,
	 * Java's logging off.
	 */
	private static List<String> archive(Path file) throws Exception {
		Files.deleteIfExists(file);
		return List.of("-XX:SharedArchiveFile=" + file, "-XX:+AutoCreateSharedArchive", "-Xlog:disable");
	}

	/** What they pass to Java 25+: the AOT cache that {@code gongkai train KIND} makes, as they have it made. */
	private static List<String> trained(String java, List<String> options, String jar, String kind, Path work)
			throws Exception {
		Path cache = work.resolve(kind + ".aot");
		Files.deleteIfExists(cache);
		List<String> training = new ArrayList<>(options);
		training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:disable"));
		double ms = run(command(java, training, jar, "train", kind));
		if (!Files.isRegularFile(cache)) {
			throw new IllegalStateException("gongkai train " + kind + " made no AOT cache");
		}
		System.err.printf("AOT cache for %s trained in %.0f ms: %d MB%n", kind, ms, Files.size(cache) >> 20);
		return List.of("-XX:AOTCache=" + cache, "-Xlog:disable");
	}

	private static List<String> command(String java, List<String> options, String jar, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(options);
		command.add("-jar");
		command.add(jar);
		command.addAll(List.of(arguments));
		return command;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static double firstDiagnosticsMs(List<String> command, Path workspace, Path stderr) throws Exception {
		Path broken = workspace.resolve(LspFigures.BROKEN);
		try (LspServerSession session = LspServerSession.start(command, stderr)) {
			session.initialize(workspace);
			session.open(broken, Files.readString(broken, UTF_8));
			return LspFigures.millis(session.nextDiagnostics(broken).receivedNanos() - session.startedNanos);
		}
	}

	/** Deletes the daemons' folders, which ends them, and waits until they are gone. */
	private static void endDaemons(Path cache) throws Exception {
		String place = cache.toString();
		List<ProcessHandle> daemons = ProcessHandle.allProcesses()
				.filter(p -> p.info().commandLine().orElse("").contains(place)).toList();
		if (Files.isDirectory(cache)) {
			try (Stream<Path> files = Files.walk(cache)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
		for (ProcessHandle daemon : daemons) {
			daemon.onExit().get(30, TimeUnit.SECONDS);
		}
	}

	/** Waits until a daemon listens in the cache, at most a minute. */
	private static void awaitListening(Path cache) throws Exception {
		long until = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < until) {
			if (Files.isDirectory(cache.resolve("gongkai"))) {
				try (Stream<Path> folders = Files.list(cache.resolve("gongkai"))) {
					if (folders.anyMatch(folder -> Files.exists(folder.resolve("socket")))) {
						return;
					}
				}
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("no daemon listening in " + cache + " after a minute");
	}

	/** Wall time of a process run to its end, its output discarded. */
	private static double run(List<String> command) throws Exception {
		return run(command, Map.of());
	}

	private static double run(List<String> command, Map<String, String> environment) throws Exception {
		long start = System.nanoTime();
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("no end: " + command);
		}
		return LspFigures.millis(System.nanoTime() - start);
	}

	private StartupFigures() {
	}
}
