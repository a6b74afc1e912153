package org.gongkai.summary.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.cli.GongkaiCli;
import org.gongkai.language.tests.bench.CorpusGenerator;

/**
 * {@code gongkai summary} against {@code gongkai validate} over the same generated corpus, in one process, run after run
 * (validate, then summary): seconds, reports per second, the ratio (target ≤ 1.5), the heap's peak and the outputs'
 * sizes. Not a unit test: run it through {@code bench/summary-throughput} (its figures in bench/README.md), which prints the figures.
 *
 * <p>Arguments: {@code CORPUS_DIR COUNT RUNS}.
 */
public final class SummaryThroughput {

	private SummaryThroughput() {
	}

	public static void main(String[] args) throws IOException {
		Path corpus = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		int runs = Integer.parseInt(args[2]);
		System.out.printf("corpus: %d generated reports in %s%n", CorpusGenerator.ensure(corpus, count).size(), corpus);
		Path out = Files.createTempDirectory("gongkai-summary-bench");
		System.out.printf("heap: -Xmx %d MB; %d cores%n", Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
		List<Double> ratios = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			double validate = seconds("validate", corpus.toString());
			resetPeaks();
			double summary = seconds("summary", "-o", out.toString(), "--organ", "全国", corpus.toString());
			long peak = peakHeap();
			ratios.add(summary / validate);
			System.out.printf("run %d: validate %.1f s (%.0f reports/s), summary %.1f s (%.0f reports/s), summary ÷ validate %.2f, "
					+ "heap peak %d MB%n", run, validate, count / validate, summary, count / summary, summary / validate, peak >> 20);
		}
		for (String name : List.of("summary.html", "summary.xlsx", "cells.csv", "汇总.gongkai")) {
			System.out.printf("%s: %.1f MB%n", name, Files.size(out.resolve(name)) / 1e6);
		}
		ratios.sort(null);
		System.out.printf("median summary ÷ validate: %.2f (target ≤ 1.5)%n", ratios.get(ratios.size() / 2));
	}

	private static double seconds(String... args) {
		System.gc();
		long start = System.nanoTime();
		int exit = GongkaiCli.run(args, new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
				new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
		double seconds = (System.nanoTime() - start) / 1e9;
		if (exit > 1) {
			throw new IllegalStateException("gongkai " + String.join(" ", args) + " exited with " + exit);
		}
		return seconds;
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** The heap pools' peaks summed: an upper bound of the heap the run needed at once. */
	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP && p.getPeakUsage() != null)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}
}
