package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium (installed by .ci/run): dumps a page's DOM after its scripts ran, takes a screenshot, or
 * prints the page to PDF.
 * Offline and quiet: no first-run, sync, component or QUIC traffic, a fresh profile per run.
 */
public final class Chromium {

	private static final List<String> NAMES = List.of("chromium", "chromium-browser");

	private final Path executable;

	private Chromium(Path executable) {
		this.executable = executable;
	}

	/** The browser on the PATH. Missing: a failure under CI (the environment variable {@code CI} set), else the test is skipped. */
	public static Chromium find() {
		Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
				.flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name))).filter(Files::isExecutable).findFirst();
		if (found.isEmpty()) {
			String message = "chromium is not installed (apt-get install chromium; .ci/run installs it)";
			if (System.getenv("CI") != null) {
				fail(message);
			}
			Assumptions.abort(message);
		}
		return new Chromium(found.get());
	}

	public String dumpDom(Path page) throws IOException, InterruptedException {
		return run(page, "--dump-dom");
	}

	public void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
		Files.deleteIfExists(png);
		run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars");
		if (!Files.isRegularFile(png)) {
			fail("chromium wrote no screenshot " + png);
		}
	}

	/** Prints the page to a PDF as a browser's "print to PDF" does, without the browser's own header and footer. */
	public void printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
		Files.deleteIfExists(pdf);
		run(page, "--print-to-pdf=" + pdf.toAbsolutePath(), "--no-pdf-header-footer");
		if (!Files.isRegularFile(pdf)) {
			fail("chromium wrote no PDF " + pdf);
		}
	}

	private String run(Path page, String... what) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("gongkai-chromium");
		Path out = Files.createTempFile("gongkai-chromium", ".out");
		try {
			List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
			command.addAll(List.of(what));
			command.add(page.toAbsolutePath().toUri().toString());
			Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("chromium did not finish within 120 s: " + command);
			}
			assertEquals(0, process.exitValue(), "chromium's exit status: " + command);
			return Files.readString(out, StandardCharsets.UTF_8);
		} finally {
			Files.deleteIfExists(out);
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
