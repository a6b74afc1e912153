package org.gongkai.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.cli.GongkaiCli;
import org.junit.jupiter.api.Test;

/**
 * The command line finds {@code summary} through the service loader, and loading it loads none of its libraries: a
 * {@code gongkai --help} in a fresh JVM lists the command and loads no class of Apache POI.
 */
class CommandLoadingTest {

	@Test
	void listedWithoutLoadingPoi() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(List.of(java.toString(), "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
				GongkaiCli.class.getName(), "--help")).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), output.lines().filter(l -> !l.startsWith("[")).toList().toString());
		assertTrue(output.lines().anyMatch(l -> l.strip().startsWith("summary ")), "summary among the commands");
		assertTrue(output.contains(" org.gongkai.summary.SummaryCommand "), "the command's class was loaded");
		List<String> poi = output.lines().filter(l -> l.contains(" org.apache.poi.")).toList();
		assertEquals(List.of(), poi);
	}
}
