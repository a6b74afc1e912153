package org.gongkai.language.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.gongkai.cli.GongkaiCli;
import org.gongkai.language.GongkaiStandaloneSetup;
import org.gongkai.language.parser.antlr.internal.InternalGongkaiLexer;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.inject.Injector;

/**
 * Throughput of {@code gongkai validate} on a generated corpus ({@link CorpusGenerator}), against lexing alone and
 * parsing alone. Not a unit test: run it through {@code bench/validate-throughput} (its figures in bench/README.md), which prints the figures.
 *
 * <p>Arguments: {@code [CORPUS_DIR [COUNT [RUNS]]]}, defaults {@code target/bench-corpus 10000 3}. The corpus is reused
 * when the folder already holds one of the same count.
 */
public final class ValidateThroughput {

	static final double TARGET = 2_000;
	static final int WARMUP_FILES = 500;
	/** A warm-up pass this much faster than the best before it shows the JIT still at work. */
	static final double STEADY = 0.03;
	static final int MAX_PASSES = 8;
	private static final long WORKER_STACK = 16L << 20;

	private static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream(), false, UTF_8);

	public static void main(String[] args) throws Exception {
		// as GongkaiCli.main does: the command line runs Guice without class generation
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-corpus").toAbsolutePath().normalize();
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 6;
		int cores = Runtime.getRuntime().availableProcessors();
		double loadAtStart = loadAverage();
		PrintStream out = System.out;

		long generating = System.nanoTime();
		boolean reused = CorpusGenerator.isPresent(dir, count);
		List<Path> files = CorpusGenerator.ensure(dir, count);
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		out.printf("corpus: %,d reports, %.1f MB in %s (%s, %.1f s)%n", files.size(), bytes / 1e6, dir,
				reused ? "reused" : "generated", seconds(generating));

		// warm-up: a smaller folder of its own (validating a file of the corpus would index the whole corpus)
		Path warmDir = dir.resolveSibling(dir.getFileName() + "-warmup");
		List<Path> warmFiles = files.subList(0, Math.min(WARMUP_FILES, files.size()));
		copyInto(warmFiles, warmDir);
		for (int i = 0; i < 2; i++) {
			long t = System.nanoTime();
			int code = validate(warmDir);
			out.printf("warm-up %d: %d files validated in %.2f s (exit %d)%n", i + 1, warmFiles.size(), seconds(t), code);
		}
		// The JIT is still compiling after two small folders, and on two cores still after one whole pass (each run was
		// faster than the one before, and parsing alone, measured after them, ran on code compiled meanwhile): whole
		// passes until one is no faster than the best before it by more than STEADY, at most MAX_PASSES.
		double best = Double.MAX_VALUE;
		for (int i = 1; i <= MAX_PASSES; i++) {
			long pass = System.nanoTime();
			validate(dir);
			double took = seconds(pass);
			out.printf("warm-up %d: the whole corpus in %.2f s%n", i + 2, took);
			if (took > best * (1 - STEADY)) {
				break;
			}
			best = Math.min(best, took);
		}

		// (a) batch validate through the real entry point of `gongkai validate`
		double[] validate = new double[runs];
		double[] validateCpu = new double[runs];
		for (int i = 0; i < runs; i++) {
			long cpu = processCpuNanos();
			long t = System.nanoTime();
			int code = validate(dir);
			validate[i] = seconds(t);
			validateCpu[i] = (processCpuNanos() - cpu) / 1e9;
			out.printf("validate run %d: %.2f s, %,.0f reports/s, process CPU %.1f s, exit %d (load average %.1f)%n", i + 1,
					validate[i], files.size() / validate[i], validateCpu[i], code, loadAverage());
			if (code != GongkaiCli.REPORT_ERRORS && code != GongkaiCli.OK) {
				out.println("validate failed (exit " + code + "), stopping");
				System.exit(2);
			}
		}

		// (b) lexing alone, from texts already in memory
		List<String> texts = new ArrayList<>(files.size());
		for (Path file : files) {
			texts.add(Files.readString(file, UTF_8));
		}
		AtomicLong tokens = new AtomicLong();
		IntConsumer lex = i -> tokens.addAndGet(lex(texts.get(i)));
		measure(texts.size(), 1, lex); // warm-up
		double[] lex1 = new double[runs];
		double[] lexN = new double[runs];
		for (int i = 0; i < runs; i++) {
			tokens.set(0);
			lex1[i] = measure(texts.size(), 1, lex);
			lexN[i] = measure(texts.size(), cores, lex);
		}
		out.printf("lex: %,d tokens per run (%.0f per report); 1 thread best %.3f s, %d threads best %.3f s%n",
				tokens.get() / 2, tokens.get() / 2.0 / texts.size(), min(lex1), cores, min(lexN));

		// (c) parsing alone (XtextResource load: lexer, parser, node model, AST; no linking, no validation)
		Injector injector = new GongkaiStandaloneSetup().createInjectorAndDoEMFRegistration();
		IResourceFactory factory = injector.getInstance(IResourceFactory.class);
		AtomicInteger syntaxErrors = new AtomicInteger();
		ThreadLocal<XtextResourceSet> sets = ThreadLocal.withInitial(() -> injector.getInstance(XtextResourceSet.class));
		IntConsumer parse = i -> syntaxErrors.addAndGet(parse(factory, sets.get(), files.get(i), texts.get(i), true));
		measure(texts.size(), cores, parse); // warm-up
		double[] parseN = new double[runs];
		for (int i = 0; i < runs; i++) {
			syntaxErrors.set(0);
			parseN[i] = measure(texts.size(), cores, parse);
		}
		out.printf("parse: %d threads best %.2f s, %d syntax errors in the corpus%n", cores, min(parseN), syntaxErrors.get());

		// (d) parsing as the batch parses: resources of the commands' injector, dropped without Resource.unload() (which
		// turns every object into a proxy, as long as the parse itself): what validate pays for the parse alone
		Injector commands = GongkaiCli.injectorOfTheCommands();
		IResourceFactory commandFactory = commands.getInstance(IResourceFactory.class);
		ThreadLocal<XtextResourceSet> commandSets = ThreadLocal.withInitial(() -> commands.getInstance(XtextResourceSet.class));
		IntConsumer load = i -> parse(commandFactory, commandSets.get(), files.get(i), texts.get(i), false);
		measure(texts.size(), cores, load); // warm-up
		double[] loadN = new double[runs];
		for (int i = 0; i < runs; i++) {
			loadN[i] = measure(texts.size(), cores, load);
		}

		// what the corpus holds: one unmeasured run with JSON output
		Map<String, Integer> codes = new TreeMap<>();
		int filesWithErrors = diagnostics(dir, codes);

		double n = files.size();
		double validateBest = n / min(validate), validateMedian = n / median(validate);
		double lexBest = n / min(lexN), lexMedian = n / median(lexN);
		double lex1Best = n / min(lex1), lex1Median = n / median(lex1);
		double parseBest = n / min(parseN), parseMedian = n / median(parseN);
		double loadBest = n / min(loadN), loadMedian = n / median(loadN);
		out.println();
		out.println("=== gongkai validate throughput ===");
		out.printf("corpus                 %,d reports, %.1f MB (%.1f KB per report), years %d-%d%n", files.size(),
				bytes / 1e6, bytes / 1e3 / n, CorpusGenerator.FIRST_YEAR, CorpusGenerator.LAST_YEAR);
		out.printf("reports with errors    %,d (%.1f %%); diagnostics by code: %s%n", filesWithErrors, 100.0 * filesWithErrors / n, codes);
		out.printf("cores                  %d (availableProcessors), Java %s, max heap %d MB, load average %.1f at start, %.1f now%n",
				cores, System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, loadAtStart, loadAverage());
		out.printf("%-22s %12s %12s   %s%n", "", "best", "median", "(reports/s, " + runs + " runs)");
		out.printf("%-22s %,12.0f %,12.0f   %s%n", "validate (CLI, batch)", validateBest, validateMedian,
				"wall " + String.format("%.2f", min(validate)) + " s best, all " + cores + " cores, exit 1 expected");
		out.printf("%-22s %,12.0f %,12.0f   %s%n", "validate per CPU-s", n / min(validateCpu), n / median(validateCpu),
				"(reports per second of process CPU, GC included; x " + cores + " = an idle machine's ceiling)");
		out.printf("%-22s %,12.0f %,12.0f%n", "parse only", parseBest, parseMedian);
		out.printf("%-22s %,12.0f %,12.0f   %s%n", "parse as the batch", loadBest, loadMedian,
				"(the commands' resources, dropped without unload)");
		out.printf("%-22s %,12.0f %,12.0f%n", "lex only", lexBest, lexMedian);
		out.printf("%-22s %,12.0f %,12.0f%n", "lex only, 1 thread", lex1Best, lex1Median);
		out.printf("ratio                  validate = %.3f × lexing (%.0f× slower), parse = %.3f × lexing, validate = %.2f × parse%n",
				validateMedian / lexMedian, lexMedian / validateMedian, parseMedian / lexMedian, validateMedian / parseMedian);
		out.printf("                       validate = %.2f × parse as the batch (best %.2f)%n", validateMedian / loadMedian,
				validateBest / loadBest);
		out.printf("target                 ≥ %,.0f reports/s: %s (median %,.0f)%n", TARGET,
				validateMedian >= TARGET ? "MET" : "NOT MET", validateMedian);
		out.printf("peak heap used         %d MB (sum of the heap pools' peaks)%n", peakHeap() >> 20);
		out.flush();
		System.exit(0);
	}

	/** {@code gongkai validate DIR}, output thrown away; returns the exit code (stderr printed when it is 2). */
	private static int validate(Path dir) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = GongkaiCli.run(new String[] { "validate", dir.toString() }, NULL, new PrintStream(err, true, UTF_8));
		if (code == GongkaiCli.PROBLEM) {
			System.out.println(err.toString(UTF_8));
		}
		return code;
	}

	/** Runs {@code validate --format json} once and counts the diagnostics by code; returns the files with errors. */
	private static int diagnostics(Path dir, Map<String, Integer> codes) {
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		GongkaiCli.run(new String[] { "validate", "--format", "json", dir.toString() }, new PrintStream(json, true, UTF_8), NULL);
		java.util.Set<String> withErrors = new java.util.HashSet<>();
		for (JsonElement element : JsonParser.parseString(json.toString(UTF_8)).getAsJsonArray()) {
			var d = element.getAsJsonObject();
			String code = d.get("code").isJsonNull() ? "?" : d.get("code").getAsString();
			codes.merge(code, 1, Integer::sum);
			if (d.get("severity").getAsString().equals("error")) {
				withErrors.add(d.get("file").getAsString());
			}
		}
		return withErrors.size();
	}

	static int lex(String text) {
		InternalGongkaiLexer lexer = new InternalGongkaiLexer(new ANTLRStringStream(text));
		int count = 0;
		while (lexer.nextToken().getType() != Token.EOF) {
			count++;
		}
		return count;
	}

	/**
	 * Parses a report into a resource and drops it: unloaded as "parse only" always did, or only taken out of its set,
	 * as the batch does.
	 */
	private static int parse(IResourceFactory factory, XtextResourceSet set, Path file, String text, boolean unload) {
		try {
			Resource resource = factory.createResource(URI.createFileURI(file.toString()));
			set.getResources().add(resource);
			resource.load(new LazyStringInputStream(text, "UTF-8"), set.getLoadOptions());
			return resource.getErrors().size();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} finally {
			if (unload) {
				for (Resource resource : set.getResources()) {
					resource.unload();
				}
			}
			set.getResources().clear();
		}
	}

	/** Seconds to run {@code task} on 0 … n−1, on {@code threads} threads taking the next index in turn. */
	private static double measure(int n, int threads, IntConsumer task) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		Supplier<Runnable> worker = () -> () -> {
			for (int i; (i = next.getAndIncrement()) < n;) {
				task.accept(i);
			}
		};
		long t = System.nanoTime();
		Thread[] pool = new Thread[threads];
		for (int i = 0; i < threads; i++) {
			pool[i] = new Thread(null, worker.get(), "bench-" + i, WORKER_STACK);
			pool[i].start();
		}
		for (Thread thread : pool) {
			thread.join();
		}
		return seconds(t);
	}

	private static void copyInto(List<Path> files, Path folder) throws IOException {
		Files.createDirectories(folder);
		try (var old = Files.list(folder)) {
			for (Path path : old.toList()) {
				Files.delete(path);
			}
		}
		for (Path file : files) {
			Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	/** CPU time of the whole process (all threads, GC included). */
	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	/** The machine's load average over the last minute: other processes slow the figures down. */
	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static double min(double[] values) {
		return Arrays.stream(values).min().orElseThrow();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	private ValidateThroughput() {
	}
}
