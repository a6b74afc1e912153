package org.gongkai.language.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gongkai.language.GongkaiStandaloneSetup;
import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Injector;

/**
 * Warm in-process time of {@code DocumentFormat.render(view)} per report, for each format (html, md, json, docx). Not a
 * unit test: {@code bench/generate-vs-pandoc} (figures in bench/README.md) runs it after the whole-process comparison with pandoc.
 *
 * <p>Each report is parsed and its {@link ReportView} built once, outside the timed region (that is the work of
 * {@code validate}, measured by {@link ValidateThroughput}). Then each format renders every report: first once cold (the
 * first call of a fresh JVM, class loading included, in the order html, md, json, docx), then for a warm-up of at least
 * {@value #WARMUP_SECONDS} s per format, then {@code ROUNDS} timed passes over all reports, the formats taking turns
 * round by round. One thread; every render is timed on its own.
 *
 * <p>Arguments: {@code FOLDER [ROUNDS]}: a folder of reports (every {@code *.gongkai} in it, not below), rounds default 10.
 * Target: HTML ≤ {@value #HTML_TARGET_MS} ms per report.
 */
public final class GenerateTimes {

	static final double HTML_TARGET_MS = 5;
	static final double WARMUP_SECONDS = 4;
	static final int WARMUP_MIN_PASSES = 5;
	static final List<String> ORDER = List.of("html", "md", "json", "docx");

	/** Sum of the documents' sizes, so that no render can be optimised away. */
	private static long sink;

	public static void main(String[] args) throws IOException {
		// as GongkaiCli.main does: the command line runs Guice without class generation
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		if (args.length < 1) {
			System.err.println("usage: GenerateTimes FOLDER [ROUNDS]");
			System.exit(2);
		}
		Path folder = Path.of(args[0]).toAbsolutePath().normalize();
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		var out = System.out;

		long setup = System.nanoTime();
		Injector injector = new GongkaiStandaloneSetup().createInjectorAndDoEMFRegistration();
		ReportViews views = injector.getInstance(ReportViews.class);
		DocumentFormats registered = injector.getInstance(DocumentFormats.class);
		List<DocumentFormat> formats = new ArrayList<>(registered.all());
		formats.sort(Comparator.comparingInt(f -> ORDER.indexOf(f.name()) < 0 ? ORDER.size() : ORDER.indexOf(f.name())));

		// parse and view every report once, outside the timed region; each in its own resource set, kept loaded
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(p -> p.getFileName().toString().endsWith(".gongkai")).sorted().toList();
		}
		List<ReportView> reports = new ArrayList<>();
		long bytes = 0;
		for (Path file : files) {
			byte[] text = Files.readAllBytes(file);
			bytes += text.length;
			XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
			Resource resource = set.createResource(URI.createFileURI(file.toString()));
			resource.load(new ByteArrayInputStream(text), Map.of(XtextResource.OPTION_ENCODING, UTF_8.name()));
			if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()
					|| !(resource.getContents().get(0) instanceof Report report)) {
				out.println("left out (syntax errors): " + file.getFileName());
				continue;
			}
			reports.add(views.of(report));
		}
		int n = reports.size();
		if (n == 0) {
			System.err.println("GenerateTimes: no reports in " + folder);
			System.exit(2);
		}
		out.printf("reports: %d from %s (%.1f KB of source per report); parsed and viewed in %.2f s (untimed)%n", n, folder,
				bytes / 1e3 / files.size(), seconds(setup));

		// the first call of each format in this JVM: class loading and interpretation included
		double[] firstMs = new double[formats.size()];
		double[] secondMs = new double[formats.size()];
		for (int f = 0; f < formats.size(); f++) {
			firstMs[f] = timeMs(formats.get(f), reports.get(0));
			secondMs[f] = timeMs(formats.get(f), reports.get(Math.min(1, n - 1)));
		}

		// warm-up: every report, each format, for at least WARMUP_SECONDS and WARMUP_MIN_PASSES passes
		for (int f = 0; f < formats.size(); f++) {
			long start = System.nanoTime();
			int passes = 0;
			while (passes < WARMUP_MIN_PASSES || seconds(start) < WARMUP_SECONDS) {
				for (ReportView view : reports) {
					sink += formats.get(f).render(view).length;
				}
				passes++;
			}
			out.printf("warm-up %-4s %3d passes, %.1f s%n", formats.get(f).name(), passes, seconds(start));
		}

		// rounds: each format renders every report once per round, each render timed
		double[][][] ms = new double[formats.size()][rounds][n];
		long[] size = new long[formats.size()];
		long gcBefore = gcMillis();
		long measured = System.nanoTime();
		for (int r = 0; r < rounds; r++) {
			for (int f = 0; f < formats.size(); f++) {
				DocumentFormat format = formats.get(f);
				for (int i = 0; i < n; i++) {
					long t = System.nanoTime();
					byte[] document = format.render(reports.get(i));
					ms[f][r][i] = (System.nanoTime() - t) / 1e6;
					sink += document.length;
					if (r == 0) {
						size[f] += document.length;
					}
				}
			}
		}
		double measuredSeconds = seconds(measured);
		long gc = gcMillis() - gcBefore;

		out.println();
		out.println("=== warm in-process render time per report (DocumentFormat.render(view); parsing and view not included) ===");
		out.printf("reports %d, rounds %d, 1 thread, Java %s, load average %.1f; GC %d ms of %.1f s measured%n", n, rounds,
				System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), gc,
				measuredSeconds);
		out.printf("%-6s %10s %10s %10s %10s %10s   %10s %10s %10s%n", "format", "median", "best", "worst", "p90", "max",
				"1st call", "2nd call", "output");
		out.printf("%-6s %10s %10s %10s %10s %10s   %10s %10s %10s%n", "", "ms/report", "round", "round", "report",
				"report", "ms (cold)", "ms", "KB/report");
		double htmlMedian = Double.NaN;
		for (int f = 0; f < formats.size(); f++) {
			double[] perRound = new double[rounds];
			for (int r = 0; r < rounds; r++) {
				perRound[r] = Arrays.stream(ms[f][r]).sum() / n;
			}
			// each report's median over the rounds, then the slow end of the reports
			double[] perReport = new double[n];
			for (int i = 0; i < n; i++) {
				double[] times = new double[rounds];
				for (int r = 0; r < rounds; r++) {
					times[r] = ms[f][r][i];
				}
				perReport[i] = median(times);
			}
			Arrays.sort(perReport);
			double median = median(perRound);
			if (formats.get(f).name().equals("html")) {
				htmlMedian = median;
			}
			out.printf("%-6s %10.3f %10.3f %10.3f %10.3f %10.3f   %10.1f %10.1f %10.1f%n", formats.get(f).name(), median,
					Arrays.stream(perRound).min().orElseThrow(), Arrays.stream(perRound).max().orElseThrow(),
					perReport[(int) Math.ceil(0.9 * n) - 1], perReport[n - 1], firstMs[f], secondMs[f], size[f] / 1e3 / n);
		}
		out.println("(median/best/worst round: a round's total over the reports, per report; p90/max report: each report's"
				+ " median over the rounds)");
		out.printf("target                 HTML ≤ %.0f ms per report: %s (median %.3f ms)%n", HTML_TARGET_MS,
				htmlMedian <= HTML_TARGET_MS ? "MET" : "NOT MET", htmlMedian);
		out.flush();
		System.exit(sink == 42 ? 1 : 0);
	}

	private static double timeMs(DocumentFormat format, ReportView view) {
		long t = System.nanoTime();
		sink += format.render(view).length;
		return (System.nanoTime() - t) / 1e6;
	}

	private static long gcMillis() {
		long sum = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			sum += Math.max(0, gc.getCollectionTime());
		}
		return sum;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	private GenerateTimes() {
	}
}
