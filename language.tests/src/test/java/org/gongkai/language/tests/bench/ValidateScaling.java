package org.gongkai.language.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gongkai.cli.GongkaiCli;

/**
 * Whether validation takes time in proportion to the input (issue 10): reports of hostile shapes
 * ({@link HostileShapes}) at 1 MB and 5 MB, each validated through {@code gongkai validate}'s entry point in this
 * process, against a typical report (examples/gongbujiangda-2023) in the same run. Prints ms per KB and the ratio
 * to the typical report's; the target is a ratio of at most 3. Not a unit test: run it through
 * {@code bench/validate-scaling}.
 *
 * <p>Arguments: {@code WORK_DIR TYPICAL_REPORT [SIZES_KB...]} (default sizes 1024 5120).
 */
public final class ValidateScaling {

	static final double TARGET_RATIO = 3;
	private static final int TYPICAL_ROUNDS = 300;
	private static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream(), false, UTF_8);

	public static void main(String[] args) throws IOException {
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		Path work = Path.of(args[0]).toAbsolutePath().normalize();
		Path typical = Path.of(args[1]).toAbsolutePath().normalize();
		List<Integer> sizes = args.length > 2 ? Arrays.stream(args, 2, args.length).map(Integer::valueOf).toList() : List.of(1024, 5120);
		PrintStream out = System.out;

		Path typicalDir = folder(work.resolve("typical"), typical.getFileName().toString(), Files.readString(typical, UTF_8));
		double typicalKb = Files.size(typical) / 1024.0;
		for (int i = 0; i < TYPICAL_ROUNDS; i++) {
			validate(typicalDir); // warm-up
		}
		double typicalMs = typicalMs(typicalDir);
		double perKb = typicalMs / typicalKb;
		out.printf("typical report %s: %.1f KB, %.2f ms (median of %d), %.3f ms/KB%n", typical.getFileName(), typicalKb, typicalMs,
				TYPICAL_ROUNDS, perKb);

		// a small run of every shape first, so the JIT has compiled their paths before the measured runs
		HostileShapes.of(64 * 1024).forEach((name, text) -> validate(folder(work.resolve("warm"), "report.gongkai", text)));

		out.printf("%n%-22s %8s %10s %9s %8s%n", "shape", "KB", "ms", "ms/KB", "ratio");
		double worst = 0;
		for (int kb : sizes) {
			for (Map.Entry<String, String> shape : HostileShapes.of(kb * 1024).entrySet()) {
				Path dir = folder(work.resolve("shape"), "report.gongkai", shape.getValue());
				double size = Files.size(dir.resolve("report.gongkai")) / 1024.0;
				long t = System.nanoTime();
				int code = validate(dir);
				double ms = (System.nanoTime() - t) / 1e6;
				double ratio = ms / size / perKb;
				worst = Math.max(worst, ratio);
				out.printf("%-22s %8.0f %10.0f %9.3f %8.2f%s%n", shape.getKey(), size, ms, ms / size, ratio,
						code == GongkaiCli.OK || code == GongkaiCli.REPORT_ERRORS ? "" : "  (exit " + code + ")");
			}
		}
		out.printf("%nworst ratio %.2f; target ≤ %.0f: %s (Java %s, %d cores, load average %.1f)%n", worst, TARGET_RATIO,
				worst <= TARGET_RATIO ? "MET" : "NOT MET", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static double typicalMs(Path dir) {
		double[] ms = new double[TYPICAL_ROUNDS];
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			validate(dir);
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		return ms[ms.length / 2];
	}

	/** A folder holding only this report, so that no other report is read as its neighbour. */
	private static Path folder(Path dir, String name, String text) {
		try {
			Files.createDirectories(dir);
			try (var old = Files.list(dir)) {
				for (Path file : old.toList()) {
					Files.delete(file);
				}
			}
			Files.writeString(dir.resolve(name), text, UTF_8);
			return dir;
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static int validate(Path dir) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		return GongkaiCli.run(new String[] { "validate", dir.toString() }, NULL, new PrintStream(err, true, UTF_8));
	}

	private ValidateScaling() {
	}
}
