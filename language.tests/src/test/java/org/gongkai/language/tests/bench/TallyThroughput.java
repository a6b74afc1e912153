package org.gongkai.language.tests.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.gongkai.language.GongkaiStandaloneSetup;
import org.gongkai.language.tally.RegisterSheet;
import org.gongkai.language.tally.RegisterTally;
import org.gongkai.language.tally.TallyResult;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.tests.tally.RegisterFile;

/**
 * {@code gongkai tally} on a large register, in process: a generated workbook of COUNT applications over three years
 * (seeded), read with the streaming reader and counted, run after run. Not a unit test: run it through
 * {@code bench/tally-throughput} (its figures in bench/README.md). Target: 10,000 applications in ≤ 1 s.
 *
 * <p>Arguments: {@code [FOLDER [COUNT [RUNS]]]}, defaults {@code target/bench-register 10000 5}.
 */
public final class TallyThroughput {

	static final double TARGET_SECONDS = 1.0;

	public static void main(String[] args) throws Exception {
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench-register"));
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		PrintStream out = System.out;

		Path register = dir.resolve("台账-" + count + ".xlsx");
		if (!Files.exists(register)) {
			generated(count).writeXlsx(register);
		}
		out.printf("register: %,d applications, %.1f MB (%s)%n", count, Files.size(register) / 1e6, register);

		RegisterTally tally = new GongkaiStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(RegisterTally.class);
		double[] seconds = new double[runs];
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			RegisterSheet sheet = RegisterSheet.read(register);
			long read = System.nanoTime();
			TallyResult result = tally.block(sheet, 2023, false);
			seconds[run] = (System.nanoTime() - start) / 1e9;
			if (result.isRefused()) {
				throw new IllegalStateException(result.problems().toString());
			}
			out.printf("run %d: %.3f s (%,.0f applications/s; reading %.3f s, counting %.3f s)%n", run + 1, seconds[run],
					count / seconds[run], (read - start) / 1e9, seconds[run] - (read - start) / 1e9);
		}
		double[] sorted = seconds.clone();
		Arrays.sort(sorted);
		double median = sorted[runs / 2];
		double target = TARGET_SECONDS * count / 10_000;
		out.printf("first %.3f s, best %.3f s, median %.3f s; target <= %.1f s (1 s per 10,000): %s%n", seconds[0], sorted[0], median,
				target, median <= target ? "met" : "NOT met");
		out.printf("heap peak (pools summed): %d MB, of at most %d MB%n", heapPeak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
	}

	/** COUNT applications received over 2022–2024, three in four closed within 60 days, in every column and outcome. */
	private static RegisterFile generated(int count) {
		TableTemplate apply = Formats.DEFAULT.table("apply");
		List<Item> columns = apply.columns().stream().filter(c -> !c.equals(apply.totalColumn().orElseThrow())).toList();
		List<Item> outcomes = apply.totalRowTerms();
		Random random = new Random(23);
		List<RegisterFile.Line> lines = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LocalDate received = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(3 * 365));
			boolean closed = random.nextInt(4) > 0;
			lines.add(RegisterFile.Line.of(received, columns.get(random.nextInt(columns.size())).label(),
					closed ? outcomes.get(random.nextInt(outcomes.size())).label() : null,
					closed ? received.plusDays(random.nextInt(60)) : null));
		}
		return new RegisterFile().addAll(lines);
	}

	private static long heapPeak() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
