package org.gongkai.language.tests.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import org.gongkai.cli.GongkaiCli;
import org.gongkai.importer.Importer;
import org.gongkai.language.GongkaiStandaloneSetup;
import org.gongkai.language.ide.GongkaiIdeSetup;
import org.junit.jupiter.api.Test;

/**
 * The modules' arrows run one way (docs/architecture.md): language ← language.ide ← importer ← cli, read from the compiled
 * classes by the JDK's jdeps. Within the command line, the daemon and the AOT training reach the commands through their one entry
 * point, {@link GongkaiCli}.
 */
class ModuleArrowsTest {

	private static final Pattern ARROW = Pattern.compile("^\\s+(org\\.gongkai\\.\\S+)\\s+->\\s+(org\\.gongkai\\.\\S+)\\s");

	@Test
	void theLanguageDependsOnNoModuleAboveIt() throws Exception {
		assertEquals(List.of(), arrows(classes(GongkaiStandaloneSetup.class), "org\\.gongkai\\.(language\\.ide|cli|importer|workbench|summary)\\..*"));
	}

	@Test
	void theEditorServicesDependOnNoModuleAboveThem() throws Exception {
		assertEquals(List.of(), arrows(classes(GongkaiIdeSetup.class), "org\\.gongkai\\.(cli|importer|workbench|summary)\\..*"));
	}

	@Test
	void theImporterDependsOnNoModuleAboveIt() throws Exception {
		assertEquals(List.of(), arrows(classes(Importer.class), "org\\.gongkai\\.(cli|workbench|summary)\\..*"));
	}

	@Test
	void theCommandLineDependsOnNoProgramThatContributesToIt() throws Exception {
		assertEquals(List.of(), arrows(classes(GongkaiCli.class), "org\\.gongkai\\.(workbench|summary)\\..*"));
	}

	@Test
	void theDaemonAndTheTrainingReachTheCommandsThroughGongkaiCliAlone() throws Exception {
		List<String> found = arrows(classes(GongkaiCli.class), "org\\.gongkai\\.cli\\.[A-Z].*").stream()
				.filter(arrow -> arrow.startsWith("org.gongkai.cli.daemon.") || arrow.startsWith("org.gongkai.cli.warmup."))
				.filter(arrow -> !arrow.endsWith(" -> " + GongkaiCli.class.getName()))
				.toList();
		assertEquals(List.of(), found);
	}

	@Test
	void theEditorServicesHoldNoClassOfTheCommandLineOrTheImporter() throws Exception {
		Path location = classes(GongkaiIdeSetup.class);
		try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
			Path ide = (jar == null ? location : jar.getPath("/")).resolve("org/gongkai/language/ide");
			assertTrue(Files.isDirectory(ide.resolve("server")), "no language server in " + location);
			for (String program : List.of("cli", "daemon", "warmup", "importer")) {
				assertTrue(Files.notExists(ide.resolve(program)), "language.ide holds " + program + "/");
			}
		}
	}

	/** The class-to-class arrows from the classes under {@code root} to a class whose name matches {@code to}. */
	private static List<String> arrows(Path root, String to) {
		StringWriter out = new StringWriter();
		int status = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"))
				.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none", "-e", to, root.toString());
		assertEquals(0, status, out.toString());
		TreeSet<String> found = new TreeSet<>();
		try (Stream<String> lines = out.toString().lines()) {
			lines.map(ARROW::matcher).filter(Matcher::find).forEach(m -> found.add(m.group(1) + " -> " + m.group(2)));
		}
		return List.copyOf(found);
	}

	/** The folder (or jar) the build compiled a module's classes into, by one class of it. */
	private static Path classes(Class<?> member) throws URISyntaxException {
		return Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
	}
}
