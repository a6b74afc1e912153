package org.gongkai.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One run of {@code java -jar gongkai.jar ARGS} in a folder, with the user's cache where a test puts it. */
record JarRun(int status, String out, String err) {

	static final Path JAR = Path.of(System.getProperty("gongkai.jar", "target/gongkai.jar")).toAbsolutePath();

	static JarRun of(Path jar, Path folder, Path cache, Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		builder.environment().put("XDG_CACHE_HOME", cache.toString());
		builder.environment().remove("GONGKAI_DAEMON");
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
		CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("no end: " + command);
		}
		return new JarRun(process.exitValue(), new String(out.get(), UTF_8), new String(err.get(), UTF_8));
	}

	private static byte[] readAll(java.io.InputStream in) {
		try (in) {
			return in.readAllBytes();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
