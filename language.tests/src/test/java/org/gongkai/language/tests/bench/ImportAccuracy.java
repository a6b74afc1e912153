package org.gongkai.language.tests.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.gongkai.importer.Importer;
import org.gongkai.language.GongkaiStandaloneSetup;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.ide.input.PublishedKinds;
import org.gongkai.language.tests.importer.CellComparison;
import org.gongkai.language.tests.importer.CrawlerText;

import com.google.inject.Injector;

/**
 * How well and how fast published reports import: every published file of a folder that has a hand-checked
 * {@code .gongkai} beside it (same name) is imported and compared with it cell by cell ({@link CellComparison}); prints
 * cell accuracy per file, per input format and overall, organ/year/format, reports per second per format, and the time
 * of an import against the time of validating the .gongkai it becomes, measured side by side in this run (both warm,
 * in process after a warm-up of every file; median of the rounds). Every .txt is measured a second time as a crawler
 * keeps it ({@link CrawlerText}: cells joined, empty cells gone), as format "crawled". With {@code --derived}, every
 * transcription is also printed and copied out again as readers copy it ({@link DerivedInputs}: a PDF's text laid out,
 * in reading order and as a PDF viewer copies it, a page's innerText), each its own format. Not a unit test: run it through
 * {@code bench/import-accuracy DIR [--derived]}.
 */
public final class ImportAccuracy {

	private static final int ROUNDS = 200;
	private static final int WARM_UP = 50;

	private record Measured(Path file, String kind, CellComparison.Result result, String problem, double importMs, double validateMs) {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		PrintStream out = System.out;
		Path dir = Path.of(args[0]);
		Injector injector = new GongkaiStandaloneSetup().createInjectorAndDoEMFRegistration();
		CellComparison comparison = new CellComparison(injector);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Path> files;
		try (Stream<Path> entries = Files.walk(dir)) {
			files = entries.filter(p -> PublishedKinds.isPublished(p) && Files.exists(transcription(p))).sorted().toList();
		}
		if (files.isEmpty()) {
			out.println("import-accuracy: no published report with a .gongkai beside it in " + dir);
			System.exit(2);
		}
		if (args.length > 1 && args[1].equals("--derived")) {
			List<Path> transcriptions = files.stream().map(ImportAccuracy::transcription).distinct().toList();
			Path made = DerivedInputs.of(transcriptions, comparison, injector.getInstance(DocumentFormats.class));
			try (Stream<Path> entries = Files.list(made)) {
				files = Stream.concat(files.stream(), entries.filter(p -> DerivedInputs.KIND.matcher(p.getFileName().toString()).matches()))
						.sorted().toList();
			}
		}
		// every file through both paths first, so that neither is measured while the JIT still compiles it
		for (int round = 0; round < WARM_UP; round++) {
			for (Path file : files) {
				try {
					validate(injector, validator, Importer.importFile(file, false).source());
				} catch (IOException | RuntimeException e) {
					break;
				}
			}
		}
		List<Measured> measured = new ArrayList<>();
		Path derived = Files.createTempDirectory("import-accuracy");
		for (Path file : files) {
			Matcher derivedKind = DerivedInputs.KIND.matcher(file.getFileName().toString());
			String kind = derivedKind.matches() ? derivedKind.group(1)
					: file.getFileName().toString().replaceFirst(".*\\.", "").toLowerCase(Locale.ROOT);
			measured.add(measure(injector, comparison, validator, file, transcription(file), kind));
			if (kind.equals("txt")) {
				// the same report as a crawler keeps it: cells joined, empty cells gone
				Path crawled = Files.writeString(derived.resolve("crawled-" + file.getFileName()), CrawlerText.of(Files.readString(file)));
				measured.add(measure(injector, comparison, validator, crawled, transcription(file), "crawled"));
				Files.delete(crawled);
			}
		}
		Files.delete(derived);
		out.printf("%-42s %6s %6s %8s %6s %9s %6s %5s %7s %10s %12s %6s%n", "file", "cells", "right", "left out", "wrong", "accuracy",
				"organ", "year", "format", "import ms", "validate ms", "ratio");
		for (Measured m : measured) {
			if (m.result() == null) {
				out.printf("%-42s %s%n", m.file().getFileName(), "not imported: " + m.problem());
				continue;
			}
			CellComparison.Result r = m.result();
			out.printf("%-42s %6d %6d %8d %6d %8.1f%% %6s %5s %7s %10.2f %12.2f %6.2f%n", m.file().getFileName(), r.cells(), r.equal(),
					r.leftOut(), r.wrong(), 100.0 * r.equal() / r.cells(), ok(r.organ()), ok(r.year()), ok(r.format()), m.importMs(),
					m.validateMs(), m.importMs() / m.validateMs());
			r.differences().stream().limit(5).forEach(d -> out.println("    " + d));
		}
		Map<String, List<Measured>> byKind = new LinkedHashMap<>();
		measured.forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m));
		out.printf("%n%-18s %8s %16s %9s %6s %10s %14s %14s%n", "format", "reports", "right / cells", "left out", "wrong", "accuracy",
				"reports/s", "import/validate");
		for (Map.Entry<String, List<Measured>> kind : byKind.entrySet()) {
			summary(out, kind.getKey(), kind.getValue());
		}
		summary(out, "overall", measured);
	}

	private static Measured measure(Injector injector, CellComparison comparison, IResourceValidator validator, Path file,
			Path transcription, String kind) {
		try {
			Importer.Imported imported = Importer.importFile(file, false);
			CellComparison.Result result = comparison.compare(comparison.view(Files.readString(transcription), "expected"),
					comparison.view(imported.source(), "imported"), imported.unread().keySet());
			double[] importTimes = new double[ROUNDS];
			double[] validateTimes = new double[ROUNDS];
			for (int round = 0; round < ROUNDS; round++) {
				long t = System.nanoTime();
				Importer.importFile(file, false);
				importTimes[round] = (System.nanoTime() - t) / 1e6;
				t = System.nanoTime();
				validate(injector, validator, imported.source());
				validateTimes[round] = (System.nanoTime() - t) / 1e6;
			}
			return new Measured(file, kind, result, null, median(importTimes), median(validateTimes));
		} catch (IOException | RuntimeException e) {
			return new Measured(file, kind, null, e.getMessage(), 0, 0);
		}
	}

	private static void summary(PrintStream out, String name, List<Measured> measured) {
		List<Measured> imported = measured.stream().filter(m -> m.result() != null).toList();
		int cells = measured.stream().mapToInt(m -> m.result() == null ? 0 : m.result().cells()).sum();
		int equal = imported.stream().mapToInt(m -> m.result().equal()).sum();
		int leftOut = imported.stream().mapToInt(m -> m.result().leftOut()).sum();
		int wrong = imported.stream().mapToInt(m -> m.result().wrong()).sum();
		double importMs = imported.stream().mapToDouble(Measured::importMs).sum();
		double validateMs = imported.stream().mapToDouble(Measured::validateMs).sum();
		long headers = imported.stream().filter(m -> m.result().organ() && m.result().year() && m.result().format()).count();
		out.printf("%-18s %8d %7d / %6d %9d %6d %9.2f%% %14.0f %14.2f   (organ/year/format right in %d of %d)%n", name, measured.size(),
				equal, cells, leftOut, wrong, cells == 0 ? 0 : 100.0 * equal / cells, importMs == 0 ? 0 : imported.size() / (importMs / 1000), importMs / validateMs,
				headers, measured.size());
	}

	private static void validate(Injector injector, IResourceValidator validator, String source) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/imported.gongkai"));
		resource.load(new LazyStringInputStream(source, "UTF-8"), resourceSet.getLoadOptions());
		validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static Path transcription(Path published) {
		return published.resolveSibling(published.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".gongkai");
	}

	private static double median(double[] times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String ok(boolean right) {
		return right ? "ok" : "WRONG";
	}

	private ImportAccuracy() {
	}
}
