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
	void helpIsChinese() {
		for (String[] args : new String[][] { { "--help" }, { "validate", "--help" }, { "import", "--help" } }) {
			CliRun run = CliRun.of(args);
			assertEquals(0, run.exit(), run.err());
			assertTrue(run.out().startsWith("用法：gongkai"), run.out());
			assertTrue(run.out().contains("-h, --help") && run.out().contains("显示本帮助并退出。"), run.out());
			assertTrue(run.out().contains("显示版本号并退出。"), run.out());
			assertTrue(!run.out().contains("Usage:") && !run.out().contains("Show this help") && !run.out().contains("Commands:"), run.out());
		}
		assertTrue(CliRun.of("--help").out().contains("命令：\n") || CliRun.of("--help").out().contains("命令：\r\n"));
	}

	@Test
	void helpOfACommandIsItsDashDashHelp() {
		assertEquals(CliRun.of("validate", "--help").out(), CliRun.of("help", "validate").out());
		assertEquals(CliRun.of("--help").out(), CliRun.of("help").out());
		assertTrue(CliRun.of("help").out().contains("  help "), "help lists itself among the commands");
		CliRun unknown = CliRun.of("help", "frobnicate");
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("没有命令 frobnicate"), unknown.err());
		assertEquals(2, CliRun.of("help", "train").exit(), "a hidden command has no help of its own");
	}

	@Test
	void aUsageErrorShowsTheUsageInChinese() {
		CliRun run = CliRun.of("validate", "--no-such-option", "x.gongkai");
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("用法：gongkai validate"), run.err());
		assertTrue(!run.err().contains("Usage:"), run.err());
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
