package org.gongkai.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/cli.md is what the jar says of its commands: made from its model, and each command's help as --help prints it. */
class CommandReferenceIT {

	private static final Path REFERENCE = Path.of(System.getProperty("gongkai.reference", "../../docs/cli.md"));

	@TempDir
	Path folder;

	@Test
	void theCommittedPageIsTheJarsReference() throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				JarRun.JAR.toString(), CommandReference.class.getName()).redirectErrorStream(true).start();
		process.getOutputStream().close();
		String made = new String(process.getInputStream().readAllBytes(), UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), made);
		assertEquals(made, Files.readString(REFERENCE, UTF_8),
				"docs/cli.md is not the jar's reference: java -cp releng/cli/target/gongkai.jar " + CommandReference.class.getName()
						+ " > docs/cli.md");
	}

	@Test
	void eachCommandsHelpIsOnThePage() throws Exception {
		String page = Files.readString(REFERENCE, UTF_8);
		for (String command : new String[] { "validate", "generate", "new", "import", "format", "lsp", "serve", "summary", "help" }) {
			JarRun help = JarRun.of(JarRun.JAR, folder, folder.resolve("cache"), Map.of("GONGKAI_DAEMON", "off"), command, "--help");
			assertEquals(0, help.status(), help.err());
			assertTrue(page.contains("## gongkai " + command + "\n\n```\n" + help.out().stripTrailing() + "\n```\n"),
					command + " --help is not on the page:\n" + help.out());
		}
	}
}
