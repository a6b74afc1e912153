package org.gongkai.language.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The top command: --version, --help and usage errors. */
class GongkaiCliTest {

	@Test
	void versionIsTheBundleVersion() {
		CliRun run = CliRun.of("--version");
		assertEquals(0, run.exit());
		assertTrue(run.out().matches("gongkai 1\\.0\\.0\\.\\d{12}\\R"), run.out());
	}

	@Test
	void helpListsValidate() {
		CliRun run = CliRun.of("--help");
		assertEquals(0, run.exit());
		assertTrue(run.out().contains("validate"), run.out());
	}

	@Test
	void validateHelpShowsTheFormatOption() {
		CliRun run = CliRun.of("validate", "--help");
		assertEquals(0, run.exit());
		assertTrue(run.out().contains("--format"), run.out());
	}

	@Test
	void usageErrorsExitTwo() {
		for (String[] args : new String[][] { {}, { "validate" }, { "validate", "--format", "xml", "x.gongkai" }, { "frobnicate" } }) {
			CliRun run = CliRun.of(args);
			assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
			assertTrue(run.noStackTrace(), run.err());
			assertTrue(!run.err().isEmpty(), String.join(" ", args));
		}
	}
}
