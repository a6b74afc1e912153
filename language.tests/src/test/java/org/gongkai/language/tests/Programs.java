package org.gongkai.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The machine's programs a test runs (LibreOffice, poppler): found on the PATH, run to their end. */
public final class Programs {

	private Programs() {
	}

	/** Runs a command to its end (2 minutes at most) and gives what it printed; fails on a non-zero exit. */
	public static String run(String... command) throws IOException, InterruptedException {
		return run(Map.of(), command);
	}

	public static String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("timed out: " + String.join(" ", command));
		}
		String printed = new String(output, StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + printed);
		return printed;
	}

	public static Optional<Path> onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator)).map(directory -> Path.of(directory, command)).filter(Files::isExecutable)
				.findFirst();
	}

	/** A folder and all it holds deleted. */
	public static void delete(Path directory) throws IOException {
		try (Stream<Path> all = Files.walk(directory)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
