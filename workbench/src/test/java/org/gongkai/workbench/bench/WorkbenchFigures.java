package org.gongkai.workbench.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.gongkai.language.tests.bench.LspFigures.loadAverage;
import static org.gongkai.language.tests.bench.LspFigures.percentile;
import static org.gongkai.language.tests.bench.LspFigures.percentiles;
import static org.gongkai.language.tests.bench.LspFigures.summary;
import static org.gongkai.language.tests.bench.LspFigures.verdict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongkai.language.tests.bench.CorpusGenerator;
import org.gongkai.language.tests.bench.ProcessUsage;
import org.gongkai.workbench.Workbench;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The workbench's figures (issue 12), on the packaged jar: {@code gongkai serve} and {@code gongkai lsp} started as a
 * person starts them. Not a unit test: run it through {@code bench/workbench} (its figures in bench/README.md), which builds the jar and
 * prints the figures.
 *
 * <ol>
 * <li>Keystroke → markers: {@value #TYPICAL} open in a tab of {@code gongkai serve} (a WebSocket, as the page's
 * Monaco client) and in {@code gongkai lsp} (stdin/stdout, as VS Code's client), the same JSON-RPC client code on
 * both; round by round the same incremental didChange (one digit of the reconsideration row's total, changed and
 * changed back: errors after every other edit, checked) is sent to one and then the other (which goes first
 * alternates), each time from sending it to the publishDiagnostics of that file.</li>
 * <li>Keystroke → preview, in the same rounds: in a second tab of the same server, one digit of a number the preview
 * prints (行政许可 {@value #PREVIEWED_PREFIX}N) is changed and {@code gongkai/preview} asked at once; from sending
 * didChange to the answer whose html prints the new number (checked). The page asks 50 ms after typing stops; that
 * and the browser's share are measured by the page script (below).</li>
 * <li>The page, in headless Chromium ({@code src/test/page/bench-page.mjs}, playwright-core): loads of the address
 * with {@code &file=} a report with one error, each in a fresh browser context (nothing cached) and then reloaded in
 * it (what it cached kept), from the navigation's start to Monaco showing the text, the marker in the model, and its
 * squiggle painted; with {@code BENCH_BEFORE_JAR} (a jar of an earlier build) set, the same loads of that jar's
 * {@code serve} on the same folder, in turn with these; then in one page typing — a digit printed by the preview
 * (keydown → the preview's frame shows it) and a total's digit (keydown → the error's marker, and back).</li>
 * <li>Heap: a fresh {@code gongkai serve --max-tabs TABS} on a folder of TABS generated reports; TABS tabs each
 * initialize and open a different report and wait for the diagnostics of every report in the folder (each tab's
 * session builds the folder); the server's heap after a full GC with no tab, one tab, all tabs, and after all but one
 * have closed.</li>
 * </ol>
 *
 * <p>Arguments: {@code EXAMPLES WORK ROUNDS LOADS TABS PAGE_SCRIPT -- SERVER COMMAND...} (the command up to the jar:
 * {@code lsp} and {@code serve …} are appended).
 */
public final class WorkbenchFigures {

	static final double RATIO_TARGET = 1.5;
	static final double PREVIEW_P95_TARGET_MS = 300;
	static final double FIRST_LOAD_TARGET_MS = 1000;
	static final double RELOAD_TARGET_MS = 500;

	static final String TYPICAL = "gongbujiangda-2023.gongkai";
	/** {@link #TYPICAL} with one error (the reconsideration row's total 1 instead of 0) and a name of its own. */
	static final String ONE_ERROR = "gongbujiangda-2023-one-error.gongkai";
	static final String EDITED_ROW = "reconsideration:";
	static final String PREVIEWED_ROW = "licensing:";
	static final String PREVIEWED_PREFIX = "82";
	/** Tabs of the serve process of the typing figures and the page: two of this class, one page at a time. */
	static final int TYPING_TABS = 4;

	private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\?token=([\\w-]+)");

	public static void main(String[] args) throws Exception {
		int separator = Arrays.asList(args).indexOf("--");
		if (separator != 6 || args.length < 8) {
			System.err.println("usage: WorkbenchFigures EXAMPLES WORK ROUNDS LOADS TABS PAGE_SCRIPT -- SERVER COMMAND...");
			System.exit(2);
		}
		Path examples = Path.of(args[0]).toAbsolutePath().normalize();
		Path work = Path.of(args[1]).toAbsolutePath().normalize();
		int rounds = Integer.parseInt(args[2]);
		int loads = Integer.parseInt(args[3]);
		int tabs = Integer.parseInt(args[4]);
		Path pageScript = Path.of(args[5]).toAbsolutePath().normalize();
		List<String> command = List.of(args).subList(separator + 1, args.length);
		Files.createDirectories(work);
		Path stderr = work.resolve("server-stderr.log");
		Files.deleteIfExists(stderr);
		double loadAtStart = loadAverage();

		Path workspace = workspace(examples, work.resolve("examples"));
		Path typical = workspace.resolve(TYPICAL);
		String text = Files.readString(typical, UTF_8);
		Edit diagnosed = Edit.lastDigitAfter(text, EDITED_ROW, "total ");
		Edit previewed = Edit.lastDigitAfter(text, PREVIEWED_ROW, "decisions ");

		// a) and b): the two servers, three documents, the rounds interleaved
		Process lspProcess = start(command, List.of("lsp"), stderr);
		Served served = serve(command, workspace, TYPING_TABS, stderr);
		Rpc stdio = Rpc.stdio(lspProcess);
		Rpc socket = Rpc.webSocket(served.port, served.token);
		Rpc previewTab = Rpc.webSocket(served.port, served.token);
		int clean = -1;
		for (Rpc rpc : List.of(stdio, socket, previewTab)) {
			rpc.initialize(workspace);
			rpc.open(typical, text);
			int opened = rpc.nextDiagnostics(typical).diagnostics();
			if (clean >= 0 && opened != clean) {
				throw new IllegalStateException(TYPICAL + ": " + opened + " diagnostics on opening, " + clean + " before");
			}
			clean = opened;
		}
		double[] webSocketMs = new double[rounds];
		double[] stdioMs = new double[rounds];
		double[] previewMs = new double[rounds];
		int previewBytes = 0;
		for (int i = 0; i < rounds; i++) {
			boolean broken = i % 2 == 0;
			String digit = broken ? diagnosed.changed() : diagnosed.original();
			for (Rpc rpc : i % 2 == 0 ? List.of(socket, stdio) : List.of(stdio, socket)) {
				double ms = diagnostics(rpc, typical, i + 2, diagnosed, digit, broken, clean);
				if (rpc == socket) {
					webSocketMs[i] = ms;
				} else {
					stdioMs[i] = ms;
				}
			}
			String value = String.valueOf((previewed.digit() + i + 1) % 10);
			previewTab.clearDiagnostics();
			long sent = System.nanoTime();
			previewTab.change(typical, i + 2, previewed.line(), previewed.column(), previewed.column() + 1, value);
			Rpc.Received answer = previewTab.ask("gongkai/preview", Map.of("uri", typical.toUri().toString()))
					.get(Rpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
			previewMs[i] = millis(answer.nanos() - sent);
			JsonElement html = answer.message().getAsJsonObject("result").get("html");
			if (html == null || html.isJsonNull() || !html.getAsString().contains(">" + PREVIEWED_PREFIX + value + "<")) {
				throw new IllegalStateException("preview after edit " + (i + 1) + " does not print " + PREVIEWED_PREFIX + value + ": "
						+ answer.message().getAsJsonObject("result").get("errors") + " errors");
			}
			previewBytes = html.getAsString().getBytes(UTF_8).length;
		}
		System.err.printf("typing: %d rounds%n", rounds);
		stdio.close();

		// c): the page, against the same server (its two tabs still open), and an earlier build's when given
		String beforeJar = System.getenv("BENCH_BEFORE_JAR");
		Served before = null;
		if (beforeJar != null && !beforeJar.isEmpty()) {
			List<String> beforeCommand = new ArrayList<>(command.subList(0, command.size() - 1));
			beforeCommand.add(Path.of(beforeJar).toAbsolutePath().toString());
			before = serve(beforeCommand, workspace, Workbench.MAX_SESSIONS, stderr);
		}
		JsonObject page = page(pageScript, served.address, loads, Math.max(10, rounds / 10), before == null ? null : before.address);
		socket.close();
		previewTab.close();
		for (Served each : before == null ? List.of(served) : List.of(served, before)) {
			each.process.destroy();
			each.process.waitFor(30, TimeUnit.SECONDS);
		}

		// d): heap with 1 and TABS tabs
		Heaps heaps = heaps(command, work.resolve("corpus-" + tabs), tabs, stderr);

		System.out.println();
		System.out.println("=== gongkai serve (workbench) ===");
		System.out.println("server                 " + String.join(" ", command) + " serve|lsp");
		System.out.printf("machine                %d cores, load average %.1f at start, %.1f at end%n",
				Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage());
		System.out.printf("keystroke → markers    didChange → publishDiagnostics of %s, %d incremental edits of one digit each "
				+ "(errors after every other edit), WebSocket and stdio in turn, same client code%n", TYPICAL, rounds);
		System.out.printf("%-22s WebSocket (serve): %s%n", "", percentiles(webSocketMs));
		System.out.printf("%-22s stdio (lsp):       %s%n", "", percentiles(stdioMs));
		double ratio50 = percentile(webSocketMs, 50) / percentile(stdioMs, 50);
		double ratio95 = percentile(webSocketMs, 95) / percentile(stdioMs, 95);
		System.out.printf("%-22s WebSocket ÷ stdio: p50 %.2f, p95 %.2f%n", "", ratio50, ratio95);
		System.out.printf("%-22s target ≤ %.1f (p50 and p95): %s%n", "", RATIO_TARGET,
				verdict(ratio50 <= RATIO_TARGET && ratio95 <= RATIO_TARGET));
		System.out.printf("keystroke → preview    didChange → gongkai/preview asked at once → html printing the new number "
				+ "(%,d bytes), second tab, same rounds%n", previewBytes);
		System.out.printf("%-22s %s%n", "", percentiles(previewMs));
		JsonObject typing = page.getAsJsonObject("typing");
		double[] pagePreview = doubles(typing.getAsJsonArray("preview"));
		double[] pageMarker = doubles(typing.getAsJsonArray("marker"));
		double[] pageCleared = doubles(typing.getAsJsonArray("cleared"));
		System.out.printf("%-22s in the page (Chromium): keydown → the preview's frame shows it, the page's 50 ms wait "
				+ "included, %d keystrokes%n", "", pagePreview.length);
		System.out.printf("%-22s %s%n", "", percentiles(pagePreview));
		System.out.printf("%-22s of which keydown → asked (the page's wait): %s%n", "", percentiles(doubles(typing.getAsJsonArray("asked"))));
		System.out.printf("%-22s of which asked → answer arrived:        %s%n", "",
				percentiles(doubles(typing.getAsJsonArray("answered"))));
		System.out.printf("%-22s target p95 ≤ %.0f ms (in the page): %s%n", "", PREVIEW_P95_TARGET_MS,
				verdict(percentile(pagePreview, 95) <= PREVIEW_P95_TARGET_MS));
		System.out.printf("%-22s in the page: keydown → the error's marker: %s%n", "", percentiles(pageMarker));
		System.out.printf("%-22s in the page: keydown → marker gone again: %s%n", "", percentiles(pageCleared));
		JsonObject load = page.getAsJsonObject("load");
		JsonObject first = load.getAsJsonObject("this").getAsJsonObject("first");
		JsonObject reload = load.getAsJsonObject("this").getAsJsonObject("reload");
		System.out.printf("page load              navigation start → %s editable, %d times: the first load in a fresh browser "
				+ "context (an empty profile: nothing cached), then a reload in it (what it cached kept)%n", ONE_ERROR,
				first.getAsJsonArray("marker").size());
		loads("first load", first, load.has("before") ? load.getAsJsonObject("before").getAsJsonObject("first") : null, beforeJar);
		loads("reload", reload, load.has("before") ? load.getAsJsonObject("before").getAsJsonObject("reload") : null, beforeJar);
		double firstMarker = median(first, "marker");
		double reloadMarker = median(reload, "marker");
		System.out.printf("%-22s target: its marker ≤ %.0f ms on the first load, ≤ %.0f ms on a reload (medians %.0f, %.0f ms): %s%n",
				"", FIRST_LOAD_TARGET_MS, RELOAD_TARGET_MS, firstMarker, reloadMarker,
				verdict(firstMarker <= FIRST_LOAD_TARGET_MS && reloadMarker <= RELOAD_TARGET_MS));
		System.out.printf("heap                   gongkai serve --max-tabs %d on %d generated reports, each tab a session "
				+ "that builds the folder and opens a different report; after a full GC%n", tabs, heaps.reports);
		System.out.printf("%-22s no tab:            %s%n", "", heap(heaps.none));
		System.out.printf("%-22s 1 tab:             %s%n", "", heap(heaps.one));
		System.out.printf("%-22s %d tabs:           %s (%.1f s to open them one after another)%n", "", tabs, heap(heaps.all),
				heaps.openSeconds);
		System.out.printf("%-22s per further tab:   %,.1f MB%n", "",
				(heaps.all.usedBytes() - heaps.one.usedBytes()) / 1048576.0 / Math.max(1, tabs - 1));
		System.out.printf("%-22s %d closed again:   %s%n", "", tabs - 1, heap(heaps.afterClosing));
		System.out.printf("server stderr          %s%n", stderr);
		System.exit(0);
	}

	/** Where a digit is typed: the line (0-based), the column of the digit, the digit. */
	record Edit(int line, int column, int digit) {

		/** The last digit of the number after {@code before} on the first line containing {@code row}. */
		static Edit lastDigitAfter(String text, String row, String before) {
			List<String> lines = text.lines().toList();
			int line = 0;
			while (!lines.get(line).contains(row)) {
				line++;
			}
			String content = lines.get(line);
			int column = content.indexOf(before, content.indexOf(row)) + before.length();
			while (column + 1 < content.length() && Character.isDigit(content.charAt(column + 1))) {
				column++;
			}
			return new Edit(line, column, content.charAt(column) - '0');
		}

		String original() {
			return String.valueOf(digit);
		}

		String changed() {
			return String.valueOf((digit + 1) % 10);
		}
	}

	/** One edit and the time to its diagnostics; checks that the errors came and went. */
	private static double diagnostics(Rpc rpc, Path file, int version, Edit edit, String digit, boolean broken, int clean)
			throws Exception {
		rpc.clearDiagnostics();
		long sent = System.nanoTime();
		rpc.change(file, version, edit.line(), edit.column(), edit.column() + 1, digit);
		Rpc.Published published = rpc.nextDiagnostics(file);
		if (broken ? published.diagnostics() <= clean : published.diagnostics() != clean) {
			throw new IllegalStateException(file.getFileName() + ", version " + version + ": " + published.diagnostics()
					+ " diagnostics, expected " + (broken ? "more than " : "") + clean);
		}
		return millis(published.nanos() - sent);
	}

	/** The examples and {@link #ONE_ERROR}, in a fresh folder. */
	private static Path workspace(Path examples, Path to) throws IOException {
		if (Files.exists(to)) {
			try (Stream<Path> all = Files.walk(to)) {
				for (Path each : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(each);
				}
			}
		}
		Files.createDirectories(to);
		try (Stream<Path> reports = Files.list(examples)) {
			for (Path report : reports.filter(p -> p.toString().endsWith(".gongkai")).toList()) {
				Files.copy(report, to.resolve(report.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		String text = Files.readString(to.resolve(TYPICAL), UTF_8);
		Edit total = Edit.lastDigitAfter(text, EDITED_ROW, "total ");
		List<String> lines = new ArrayList<>(text.lines().toList());
		String row = lines.get(total.line());
		lines.set(total.line(), row.substring(0, total.column()) + total.changed() + row.substring(total.column() + 1));
		String broken = String.join("\n", lines).replaceFirst("report \"([^\"]+)\"", "report \"$1（一处错误）\"") + "\n";
		if (broken.equals(text)) {
			throw new IllegalStateException("no report name in " + TYPICAL);
		}
		Files.writeString(to.resolve(ONE_ERROR), broken, UTF_8);
		return to;
	}

	private static Process start(List<String> command, List<String> arguments, Path stderr) throws IOException {
		List<String> all = new ArrayList<>(command);
		all.addAll(arguments);
		return new ProcessBuilder(all).redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile())).start();
	}

	record Served(Process process, String address, int port, String token) {
	}

	/** {@code serve --no-browser --max-tabs TABS FOLDER}; its address from the first line of its output. */
	private static Served serve(List<String> command, Path folder, int tabs, Path stderr) throws IOException {
		Process process = start(command, List.of("serve", "--no-browser", "--max-tabs", Integer.toString(tabs), folder.toString()),
				stderr);
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
		String address = out.readLine();
		if (address == null) {
			throw new IllegalStateException("gongkai serve printed no address; see " + stderr);
		}
		Matcher matcher = ADDRESS.matcher(address);
		if (!matcher.matches()) {
			throw new IllegalStateException("not the workbench's address: " + address);
		}
		Thread drain = new Thread(() -> {
			try {
				out.transferTo(java.io.Writer.nullWriter());
			} catch (IOException e) {
				// the process ended
			}
		}, "bench-serve-stdout");
		drain.setDaemon(true);
		drain.start();
		return new Served(process, address, Integer.parseInt(matcher.group(1)), matcher.group(2));
	}

	/** The page loads of one kind (first or reload), this build's and, when measured, the earlier build's beside. */
	private static void loads(String kind, JsonObject loads, JsonObject before, String beforeJar) {
		System.out.printf("%-22s %s, this build%s%n", "", kind, before == null ? "" : " (before: " + beforeJar + ")");
		for (String[] figure : new String[][] { { "text", "text shown" }, { "marker", "its marker" }, { "squiggle", "squiggle shown" },
				{ "domContentLoaded", "DOMContentLoaded" }, { "files", "the list of reports (/api/files, validated) arrived" },
				{ "file", "the report's text (/api/file) arrived" } }) {
			System.out.printf("%-24s %-52s %s ms%s%n", "", figure[1] + ":", summary(doubles(loads.getAsJsonArray(figure[0]))),
					before == null ? "" : String.format("; before: median %,.0f ms", median(before, figure[0])));
		}
		System.out.printf("%-24s %-52s %s%s%n", "", "scripts, styles, fonts: raw, as sent:", bytes(loads),
				before == null ? "" : "; before: " + bytes(before));
	}

	private static String bytes(JsonObject loads) {
		return String.format("%.2f MB, %.2f MB", median(loads, "raw") / 1048576, median(loads, "sent") / 1048576);
	}

	private static double median(JsonObject loads, String figure) {
		return percentile(doubles(loads.getAsJsonArray(figure)), 50);
	}

	/**
	 * Runs the page script (node, Chromium) against the served address, and the earlier build's when not null; its last
	 * line of output is its JSON.
	 */
	private static JsonObject page(Path script, String address, int loads, int typings, String before) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("node", script.toString(), address, ONE_ERROR, TYPICAL,
				Integer.toString(loads), Integer.toString(typings)));
		if (before != null) {
			arguments.add(before);
		}
		Process node = new ProcessBuilder(arguments).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String last = null;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				last = line;
			}
		}
		int status = node.waitFor();
		if (status != 0 || last == null) {
			throw new IllegalStateException("the page script exited with " + status);
		}
		return new Gson().fromJson(last, JsonObject.class);
	}

	record Heaps(int reports, ProcessUsage.Heap none, ProcessUsage.Heap one, ProcessUsage.Heap all, double openSeconds,
			ProcessUsage.Heap afterClosing) {
	}

	private static Heaps heaps(List<String> command, Path folder, int tabs, Path stderr) throws Exception {
		List<Path> files = CorpusGenerator.ensure(folder, tabs);
		Served served = serve(command, folder, tabs, stderr);
		List<Rpc> open = new ArrayList<>();
		try {
			ProcessUsage.Heap none = ProcessUsage.afterFullGc(served.process.pid());
			open.add(tab(served, folder, files.get(0), files.size()));
			ProcessUsage.Heap one = ProcessUsage.afterFullGc(served.process.pid());
			long started = System.nanoTime();
			for (int i = 1; i < tabs; i++) {
				open.add(tab(served, folder, files.get(i % files.size()), files.size()));
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			ProcessUsage.Heap all = ProcessUsage.afterFullGc(served.process.pid());
			System.err.printf("heap: %d tabs open%n", open.size());
			while (open.size() > 1) {
				open.remove(open.size() - 1).close();
			}
			Thread.sleep(2_000);
			ProcessUsage.Heap afterClosing = ProcessUsage.afterFullGc(served.process.pid());
			return new Heaps(files.size(), none, one, all, seconds, afterClosing);
		} finally {
			for (Rpc rpc : open) {
				rpc.close();
			}
			served.process.destroy();
			served.process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** A tab: initialize, open {@code file}, wait for the diagnostics of all {@code reports} of the folder. */
	private static Rpc tab(Served served, Path folder, Path file, int reports) throws Exception {
		Rpc rpc = Rpc.webSocket(served.port, served.token);
		rpc.initialize(folder);
		rpc.open(file, Files.readString(file, UTF_8));
		rpc.awaitDiagnosticsForFiles(reports);
		return rpc;
	}

	private static String heap(ProcessUsage.Heap heap) {
		return String.format("%,d MB used (committed %,d MB; process resident %,d MB)", heap.usedBytes() >> 20,
				heap.committedBytes() >> 20, heap.residentBytes() >> 20);
	}

	private static double[] doubles(JsonArray array) {
		double[] values = new double[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).getAsDouble();
		}
		return values;
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private WorkbenchFigures() {
	}
}
