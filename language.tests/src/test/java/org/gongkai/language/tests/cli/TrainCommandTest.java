package org.gongkai.language.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code gongkai train lsp|cli}, the run Java records an AOT cache from (the launchers and the extension start it):
 * each succeeds only when every step of its session or its commands did (an LSP session that gets no diagnostics, a
 * training report that no longer validates, fail it), leaves no folder behind, and is not in the help.
 */
class TrainCommandTest {

	@Test
	void theLanguageServersSessionRunsToItsEnd() throws IOException {
		assertTrains("lsp");
	}

	@Test
	void everyCommandSucceedsOnTheTrainingReports() throws IOException {
		assertTrains("cli");
	}

	private static void assertTrains(String kind) throws IOException {
		Set<Path> before = trainingFolders();
		CliRun run = CliRun.of("train", kind);
		assertEquals(0, run.exit(), run.err());
		assertEquals("", run.out());
		assertEquals(before, trainingFolders());
	}

	@Test
	void isNotOfferedToPeople() {
		CliRun help = CliRun.of("--help");
		assertTrue(help.out().contains("validate"), help.out());
		assertFalse(help.out().contains("train"), help.out());
		CliRun unknown = CliRun.of("trian");
		assertEquals(2, unknown.exit());
		assertFalse(unknown.err().contains("train"), unknown.err());
	}

	private static Set<Path> trainingFolders() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("gongkai-train")).collect(Collectors.toSet());
		}
	}
}
