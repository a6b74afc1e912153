package org.gongkai.language.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The language server's figures (issue 4), measured on the packaged jar started as the VS Code extension starts it.
 * Not a unit test: run it through {@code bench/lsp-figures} (its figures in bench/README.md), which builds the jar and prints the figures.
 *
 * <ol>
 * <li>Start: from starting the process to the first publishDiagnostics of a report opened at once (the client sends
 * initialize, initialized and didOpen straight away, as VS Code does), in a workspace of the five examples; the
 * opened report is {@value #BROKEN}, which has errors, so the diagnostics are not empty. Median of several starts.</li>
 * <li>Typing: in the last started server, {@value #TYPICAL} is opened and one digit in it (the total of the
 * reconsideration row, part 四) is changed and changed back, one incremental change a time, as VS Code sends a typed
 * character; each time from sending didChange to the publishDiagnostics for that file (errors after every odd edit,
 * as many as when opened after every even one: checked). After each edit, in the same run, the round trip of a no-op
 * request: hover on the indentation at the start of that line (whitespace: no hover, also checked).</li>
 * <li>Workspace: a fresh server on a folder of COUNT generated reports ({@link CorpusGenerator}), one of its 2023
 * reports opened at once: the time from starting the process until that report's diagnostics were published, and until
 * diagnostics for all of them have been published, then a full GC in the server process and its heap. Then the same typing in one of its 2023
 * reports whose 2022 report is in the folder (checked against last year's numbers on every edit), and the heap
 * again.</li>
 * </ol>
 *
 * <p>Arguments: {@code EXAMPLES WORK COUNT EDITS STARTS -- SERVER COMMAND...}
 */
public final class LspFigures {

	static final double START_TARGET_MS = 1_500;
	static final double CHANGE_P95_TARGET_MS = 50;
	static final long HEAP_TARGET_MB = 512;

	static final String BROKEN = "zeku-2023.gongkai";
	static final String TYPICAL = "gongbujiangda-2023.gongkai";
	static final String EDITED_ROW = "reconsideration:";

	public static void main(String[] args) throws Exception {
		int separator = Arrays.asList(args).indexOf("--");
		if (separator != 5 || args.length < 7) {
			System.err.println("usage: LspFigures EXAMPLES WORK COUNT EDITS STARTS -- SERVER COMMAND...");
			System.exit(2);
		}
		Path examples = Path.of(args[0]).toAbsolutePath().normalize();
		Path work = Path.of(args[1]).toAbsolutePath().normalize();
		int count = Integer.parseInt(args[2]);
		int edits = Integer.parseInt(args[3]);
		int starts = Integer.parseInt(args[4]);
		List<String> command = List.of(args).subList(separator + 1, args.length);
		Files.createDirectories(work);
		Path stderr = work.resolve("server-stderr.log");
		Files.deleteIfExists(stderr);
		double loadAtStart = loadAverage();

		Path workspace = copyReports(examples, work.resolve("examples"));
		Path broken = workspace.resolve(BROKEN);
		double[] startMs = new double[starts];
		double[] initializeMs = new double[starts];
		int brokenDiagnostics = 0;
		LspServerSession session = null;
		for (int run = 0; run < starts; run++) {
			if (session != null) {
				session.close();
			}
			session = LspServerSession.start(command, stderr);
			session.initialize(workspace);
			initializeMs[run] = millis(System.nanoTime() - session.startedNanos);
			session.open(broken, Files.readString(broken, UTF_8));
			LspServerSession.Published first = session.nextDiagnostics(broken);
			startMs[run] = millis(first.receivedNanos() - session.startedNanos);
			brokenDiagnostics = first.diagnostics();
			System.err.printf("start %d: initialize answered after %.0f ms, diagnostics of %s (%d) after %.0f ms%n", run + 1,
					initializeMs[run], BROKEN, first.diagnostics(), startMs[run]);
		}
		Typing typing = type(session, workspace.resolve(TYPICAL), edits);
		session.close();
		System.err.printf("typing in %s: %d edits%n", TYPICAL, edits);

		Workspace big = openWorkspace(command, stderr, work.resolve("corpus-" + count), count, edits);

		System.out.println();
		System.out.println("=== gongkai lsp ===");
		System.out.println("server                 " + String.join(" ", command));
		System.out.printf("machine                %d cores, load average %.1f at start, %.1f at end%n",
				Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage());
		System.out.printf("start                  process start → first diagnostics of %s (%d diagnostics), opened at once in a "
				+ "workspace of the %d examples; %d starts%n", BROKEN, brokenDiagnostics, reportCount(workspace), starts);
		System.out.printf("%-22s %s ms (initialize answered after %s ms)%n", "", summary(startMs), summary(initializeMs));
		System.out.printf("%-22s target ≤ %,.0f ms (median): %s%n", "", START_TARGET_MS,
				verdict(median(startMs) <= START_TARGET_MS));
		print(typing, "the examples' workspace", true);
		System.out.printf("workspace              %,d generated reports (%.1f MB): process start → diagnostics of a 2023 report "
				+ "opened at once (its 2022 report in the folder): %.1f s; → diagnostics of all %,d: %.1f s (the initial build); "
				+ "first request after it answered in %.0f ms%n", big.reports, big.bytes / 1e6, big.openedSeconds, big.reports,
				big.buildSeconds, big.firstRequestMs);
		System.out.printf("%-22s heap after a full GC: %s%n", "", heap(big.heap));
		System.out.printf("%-22s target ≤ %d MB: %s%n", "", HEAP_TARGET_MB, verdict(big.heap.usedBytes() >> 20 <= HEAP_TARGET_MB));
		print(big.typing, "this workspace", false);
		System.out.printf("%-22s heap after a full GC, after the edits: %s%n", "", heap(big.heapAfterTyping));
		System.out.printf("server stderr          %s%n", stderr);
		System.exit(0);
	}

	/**
	 * The report typed in, the time of each edit and of the no-op request after it, and the server's CPU time per edit
	 * (edit and request; −1 where /proc is missing).
	 */
	record Typing(Path file, double[] changeMs, double[] noOpMs, double cpuMsPerEdit) {
	}

	private static Typing type(LspServerSession session, Path file, int edits) throws Exception {
		String text = Files.readString(file, UTF_8);
		List<String> lines = text.lines().toList();
		int line = 0;
		while (!lines.get(line).contains(EDITED_ROW)) {
			line++;
		}
		int column = lines.get(line).lastIndexOf("total ") + "total ".length();
		while (column + 1 < lines.get(line).length() && Character.isDigit(lines.get(line).charAt(column + 1))) {
			column++;
		}
		char digit = lines.get(line).charAt(column);
		String original = String.valueOf(digit);
		String changed = String.valueOf((char) ('0' + (digit - '0' + 1) % 10));
		Range range = new Range(new Position(line, column), new Position(line, column + 1));
		Position whitespace = new Position(line, 0);

		session.clearDiagnostics();
		session.open(file, text);
		int clean = session.nextDiagnostics(file).diagnostics();
		long cpu = ProcessUsage.cpuNanos(session.pid());
		double[] changeMs = new double[edits];
		double[] noOpMs = new double[edits];
		for (int i = 0; i < edits; i++) {
			boolean broken = i % 2 == 0;
			long sent = System.nanoTime();
			session.change(file, i + 2, range, broken ? changed : original);
			LspServerSession.Published published = session.nextDiagnostics(file);
			changeMs[i] = millis(published.receivedNanos() - sent);
			if (broken ? published.diagnostics() <= clean : published.diagnostics() != clean) {
				throw new IllegalStateException(file.getFileName() + ", edit " + (i + 1) + ": " + published.diagnostics()
						+ " diagnostics, expected " + (broken ? "more than " : "") + clean);
			}
			long asked = System.nanoTime();
			Hover hover = session.hover(file, whitespace);
			noOpMs[i] = millis(System.nanoTime() - asked);
			if (hover != null && hover.getContents() != null && hover.getContents().isRight()
					&& !hover.getContents().getRight().getValue().isEmpty()) {
				throw new IllegalStateException("hover on whitespace answered " + hover.getContents().getRight().getValue());
			}
		}
		double cpuMs = cpu < 0 ? -1 : millis(ProcessUsage.cpuNanos(session.pid()) - cpu) / edits;
		return new Typing(file, changeMs, noOpMs, cpuMs);
	}

	private static void print(Typing typing, String where, boolean withTarget) {
		System.out.printf("didChange              → diagnostics of %s in %s, %d incremental edits of one digit (errors after "
				+ "every other edit)%n", typing.file.getFileName(), where, typing.changeMs.length);
		System.out.printf("%-22s %s%n", "", percentiles(typing.changeMs));
		System.out.printf("%-22s to errors: %s%n", "", percentiles(everyOther(typing.changeMs, 0)));
		System.out.printf("%-22s back:      %s%n", "", percentiles(everyOther(typing.changeMs, 1)));
		if (withTarget) {
			System.out.printf("%-22s target p95 ≤ %.0f ms: %s%n", "", CHANGE_P95_TARGET_MS,
					verdict(percentile(typing.changeMs, 95) <= CHANGE_P95_TARGET_MS));
		}
		System.out.printf("no-op request          hover on whitespace (no hover) after each edit's diagnostics, same run%n");
		System.out.printf("%-22s %s%n", "", percentiles(typing.noOpMs));
		System.out.printf("%-22s server CPU time per edit and request: %.1f ms (all threads)%n", "", typing.cpuMsPerEdit);
	}

	record Workspace(int reports, long bytes, double openedSeconds, double buildSeconds, double firstRequestMs, ProcessUsage.Heap heap,
			Typing typing, ProcessUsage.Heap heapAfterTyping) {
	}

	private static Workspace openWorkspace(List<String> command, Path stderr, Path folder, int count, int edits)
			throws Exception {
		List<Path> files = CorpusGenerator.ensure(folder, count);
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		// what an earlier server may have written beside the reports
		try (Stream<Path> folders = Files.list(folder)) {
			for (Path below : folders.filter(Files::isDirectory).toList()) {
				deleteTree(below);
			}
		}
		Path opened = files.stream().filter(f -> f.getFileName().toString().endsWith("-2023.gongkai")
				&& Files.exists(f.resolveSibling(f.getFileName().toString().replace("-2023.", "-2022.")))).findFirst().orElseThrow();
		try (LspServerSession session = LspServerSession.start(command, stderr)) {
			session.initialize(folder);
			session.open(opened, Files.readString(opened, UTF_8));
			double openedSeconds = (session.nextDiagnostics(opened).receivedNanos() - session.startedNanos) / 1e9;
			System.err.printf("workspace: diagnostics of %s, opened at once, after %.1f s%n", opened.getFileName(), openedSeconds);
			long last = session.awaitDiagnosticsForFiles(files.size());
			double build = (last - session.startedNanos) / 1e9;
			System.err.printf("workspace: diagnostics for %,d files after %.1f s%n", files.size(), build);
			long asked = System.nanoTime();
			session.hover(files.get(0), new Position(1, 0));
			double firstRequest = millis(System.nanoTime() - asked);
			ProcessUsage.Heap heap = ProcessUsage.afterFullGc(session.pid());
			Path report = withLastYear(session, files);
			Typing typing = type(session, report, edits);
			System.err.printf("typing in %s: %d edits%n", report.getFileName(), edits);
			return new Workspace(files.size(), bytes, openedSeconds, build, firstRequest, heap, typing,
					ProcessUsage.afterFullGc(session.pid()));
		}
	}

	/** The first 2023 report without diagnostics whose 2022 report is in the folder, in English keywords. */
	private static Path withLastYear(LspServerSession session, List<Path> files) throws IOException {
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (name.endsWith("-2023.gongkai") && session.lastDiagnosticsCount(file) == 0
					&& Files.exists(file.resolveSibling(name.replace("-2023.", "-2022.")))
					&& Files.readString(file, UTF_8).contains(EDITED_ROW)) {
				return file;
			}
		}
		throw new IllegalStateException("no 2023 report without diagnostics beside its 2022 report");
	}

	static Path copyReports(Path from, Path to) throws IOException {
		deleteTree(to);
		Files.createDirectories(to);
		try (Stream<Path> reports = Files.list(from)) {
			for (Path report : reports.filter(p -> p.toString().endsWith(".gongkai")).toList()) {
				Files.copy(report, to.resolve(report.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return to;
	}

	/** Deletes {@code path} and everything below it, if it exists. */
	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> all = Files.walk(path)) {
			for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

	private static long reportCount(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".gongkai")).count();
		}
	}

	private static String heap(ProcessUsage.Heap heap) {
		return String.format("%,d MB used (committed %,d MB, max %,d MB, highest use so far %,d MB garbage included; process resident %,d MB)",
				heap.usedBytes() >> 20, heap.committedBytes() >> 20, heap.maxBytes() >> 20, heap.peakBytes() >> 20,
				heap.residentBytes() >> 20);
	}

	private static double[] everyOther(double[] values, int first) {
		double[] taken = new double[(values.length - first + 1) / 2];
		for (int i = 0; i < taken.length; i++) {
			taken[i] = values[first + 2 * i];
		}
		return taken;
	}

	public static String summary(double[] ms) {
		StringBuilder all = new StringBuilder();
		for (double value : ms) {
			all.append(all.length() == 0 ? "" : " ").append(String.format("%.0f", value));
		}
		return String.format("median %,.0f (all: %s)", median(ms), all);
	}

	public static String percentiles(double[] ms) {
		return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms (first %.1f ms)", percentile(ms, 50), percentile(ms, 95),
				Arrays.stream(ms).max().orElseThrow(), ms[0]);
	}

	/** Nearest-rank percentile (also the workbench's figures'). */
	public static double percentile(double[] values, double p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	public static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	public static String verdict(boolean met) {
		return met ? "MET" : "NOT MET";
	}

	static double millis(long nanos) {
		return nanos / 1e6;
	}

	public static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private LspFigures() {
	}
}
