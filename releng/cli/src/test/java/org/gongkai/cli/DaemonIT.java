package org.gongkai.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai validate} through the daemon that keeps the language loaded between runs (issue 14), on the packaged
 * jar as the launchers run it: what a user sees is what the same run in its own process prints.
 */
class DaemonIT {

	private static final Map<String, String> OWN_PROCESS = Map.of("GONGKAI_DAEMON", "off");
	private static final Path EXAMPLES = Path.of(System.getProperty("gongkai.examples", "../../examples"));

	@TempDir
	Path temp;
	Path cache;
	Path reports;

	@BeforeEach
	void copyExamples() throws IOException {
		cache = Files.createDirectories(temp.resolve("缓存 目录"));
		reports = Files.createDirectories(temp.resolve("报告 文件夹"));
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".gongkai")).toList()) {
				Files.copy(file, reports.resolve(file.getFileName()));
			}
		}
	}

	/** Deleting its folder ends a daemon: none outlives the test. */
	@AfterEach
	void endDaemons() throws Exception {
		List<ProcessHandle> daemons = daemons();
		deleteAll(cache);
		for (ProcessHandle daemon : daemons) {
			daemon.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
	}

	@Test
	void aRunAfterTheFirstIsServedByTheDaemonItStartedAndPrintsWhatItsOwnProcessPrints() throws Exception {
		JarRun own = validate(OWN_PROCESS, "zeku-2023.gongkai");
		assertEquals(List.of(), daemons(), "GONGKAI_DAEMON=off started a daemon");
		assertEquals(1, own.status(), own.err());
		assertTrue(own.out().contains("zeku-2023.gongkai:55:5: error: 勾稽关系不成立（总计）"), own.out());

		JarRun first = validate(Map.of(), "zeku-2023.gongkai");
		assertEquals(own, first);
		awaitListening(1);
		assertEquals(0, served(), "the first run was not its own process's");
		JarRun second = validate(Map.of(), "zeku-2023.gongkai");
		assertEquals(own, second);
		assertEquals(1, served());
		assertEquals(1, daemons().size());
	}

	@Test
	void relativePathsAndFoldersAreReadFromTheClientsFolderAndShownAsGiven() throws Exception {
		Path nested = Files.createDirectories(reports.resolve("下级 机关"));
		Files.copy(reports.resolve("zeku-2023.gongkai"), nested.resolve("zeku-2023.gongkai"));
		startDaemon();
		List<String[]> runs = List.of(new String[] { "下级 机关" }, new String[] { "." },
				new String[] { "--format", "json", "下级 机关/zeku-2023.gongkai" });
		for (String[] arguments : runs) {
			JarRun own = validate(OWN_PROCESS, arguments);
			assertEquals(own, validate(Map.of(), arguments), String.join(" ", arguments));
		}
		assertTrue(validate(Map.of(), "下级 机关").out().contains("下级 机关/zeku-2023.gongkai:55:5: error:"));
		assertEquals(runs.size() + 1, served());
	}

	@Test
	void everyRunReadsTheFilesAfresh() throws Exception {
		startDaemon();
		JarRun before = validate(Map.of(), "zeku-2023.gongkai");
		assertTrue(before.out().contains("[review.total]"), before.out());
		Path zeku = reports.resolve("zeku-2023.gongkai");
		String text = Files.readString(zeku, UTF_8);
		Files.writeString(zeku, text.replace("pending 0, total 1", "pending 1, total 1"), UTF_8);
		JarRun after = validate(Map.of(), "zeku-2023.gongkai");
		assertTrue(!after.out().contains("[review.total]"), after.out());
		assertEquals(validate(OWN_PROCESS, "zeku-2023.gongkai"), after);
		Files.delete(zeku);
		JarRun missing = validate(Map.of(), "zeku-2023.gongkai");
		assertEquals(2, missing.status());
		assertEquals("gongkai: 无法读取 zeku-2023.gongkai：文件不存在\n", missing.err());
		assertEquals(validate(OWN_PROCESS, "zeku-2023.gongkai"), missing);
		assertEquals(3, served());
	}

	@Test
	void runsEndingAtOnceStartOneDaemonAndRunsAtOnceAreAllServed() throws Exception {
		JarRun own = validate(OWN_PROCESS, "gongbujiangda-2023.gongkai");
		assertEquals(List.of(own, own, own), atOnce(3, "gongbujiangda-2023.gongkai"));
		awaitListening(1);
		assertEquals(1, daemons().size());
		assertEquals(List.of(own, own, own), atOnce(3, "gongbujiangda-2023.gongkai"));
		assertEquals(3, served(), logs());
		assertEquals(1, daemons().size());
	}

	@Test
	void aChangedJarGetsADaemonOfItsOwn() throws Exception {
		Path jar = Files.copy(JarRun.JAR, temp.resolve("gongkai.jar"));
		JarRun.of(jar, reports, cache, Map.of(), "validate", "zeku-2023.gongkai");
		awaitListening(1);
		Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
		JarRun.of(jar, reports, cache, Map.of(), "validate", "zeku-2023.gongkai");
		awaitListening(2);
		assertEquals(2, daemons().size());
	}

	private void startDaemon() throws Exception {
		validate(Map.of(), "gongbujiangda-2023.gongkai");
		awaitListening(1);
	}

	private List<JarRun> atOnce(int count, String... arguments) throws Exception {
		ExecutorService runs = Executors.newFixedThreadPool(count);
		try {
			List<Future<JarRun>> started = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				started.add(runs.submit(() -> validate(Map.of(), arguments)));
			}
			List<JarRun> results = new ArrayList<>();
			for (Future<JarRun> run : started) {
				results.add(run.get());
			}
			return results;
		} finally {
			runs.shutdown();
		}
	}

	/** Waits until as many daemons listen as there are folders with a socket, at most a minute. */
	private void awaitListening(int count) throws Exception {
		long until = System.currentTimeMillis() + 60_000;
		while (sockets().size() < count) {
			if (System.currentTimeMillis() > until) {
				throw new AssertionError("no daemon listening after a minute: " + logs());
			}
			Thread.sleep(50);
		}
	}

	private List<Path> sockets() throws IOException {
		return daemonFolders().stream().map(f -> f.resolve("socket")).filter(Files::exists).toList();
	}

	/** The runs the daemons served, one line each in their logs. */
	private long served() throws IOException {
		return logs().lines().filter(line -> line.startsWith("validate: exit status")).count();
	}

	private String logs() throws IOException {
		StringBuilder logs = new StringBuilder();
		for (Path folder : daemonFolders()) {
			Path log = folder.resolve("daemon.log");
			if (Files.exists(log)) {
				logs.append(Files.readString(log, UTF_8));
			}
		}
		return logs.toString();
	}

	private List<Path> daemonFolders() throws IOException {
		Path base = cache.resolve("gongkai");
		if (!Files.isDirectory(base)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(base)) {
			return folders.filter(f -> f.getFileName().toString().startsWith("daemon-")).toList();
		}
	}

	private JarRun validate(Map<String, String> environment, String... arguments) throws Exception {
		String[] all = Stream.concat(Stream.of("validate"), Stream.of(arguments)).toArray(String[]::new);
		return JarRun.of(JarRun.JAR, reports, cache, environment, all);
	}

	/** The daemons serving from this test's cache. */
	private List<ProcessHandle> daemons() {
		String folder = cache.toString();
		return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(folder)).toList();
	}

	private static void deleteAll(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
