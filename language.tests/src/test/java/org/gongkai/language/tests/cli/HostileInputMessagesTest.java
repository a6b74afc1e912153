package org.gongkai.language.tests.cli;

import static org.gongkai.language.tests.cli.CliReports.JIA_2023;
import static org.gongkai.language.tests.cli.CliReports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes wrong outside a report's rules is said in Chinese, with what to do, never in Java's words (issue 10 #9). */
class HostileInputMessagesTest {

	/** A word of three or more Latin letters outside 「」, quotes and file names: English. */
	private static final Pattern ENGLISH = Pattern.compile("(?<![「\"/.\\w-])[A-Za-z]{3,}(?![」\"\\w.-])");

	@TempDir
	Path dir;

	@Test
	void syntaxErrorsOfTheLexerAreChinese() throws IOException {
		Path file = write(dir, "a.gongkai", "report \"a\" { 1.条 }\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("语法错误：无法识别的字符「条」"), run.out());
		assertFalse(run.out().contains("viable"), run.out());
	}

	@Test
	void aThirtyThousandLetterWordIsASyntaxErrorWithItsLength() throws IOException {
		Path file = write(dir, "a.gongkai", "report \"a\" { organ " + "x".repeat(30_000) + " }\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("「" + "x".repeat(40) + "…」（共 30000 个字符）"), run.out());
		assertTrue(run.noStackTrace(), run.err());
	}

	@Test
	void aFolderThatIsASymbolicLinkToItself() throws IOException {
		Path loop = Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
		CliRun run = CliRun.of("validate", loop.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertEquals("gongkai: 无法读取 " + loop + "：符号链接构成了循环（链接最终指向自己）；请改正或删除这个链接" + System.lineSeparator(), run.err());
	}

	@Test
	void anOutputFolderBelowAFileCannotBeCreated() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		Path file = write(dir, "notes.txt", "一个文件");
		CliRun run = CliRun.of("generate", "--to", "json", "-o", file.resolve("out").toString(), report.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("路径中有一级不是文件夹；请检查路径"), run.err());
		assertChinese(run.err());
	}

	@Test
	void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
		Path huge = dir.resolve("huge.gongkai");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(2_500L << 20);
		}
		for (String command : new String[] { "validate", "generate" }) {
			CliRun run = CliRun.of(command, huge.toString());
			assertEquals(2, run.exit(), run.out() + run.err());
			assertTrue(run.err().contains("无法读取 " + huge + "：文件有 2500 MB，超过报告文件 50 MB 的上限，未读取；请确认选对了文件"), run.err());
			assertChinese(run.err());
		}
	}

	@Test
	void anUnknownCommandIsAUsageErrorListingTheCommands() {
		CliRun run = CliRun.of("convert", "report.docx");
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().startsWith("gongkai: 没有 convert 这个命令；可用的命令：validate、generate、new、tally、import、format、lsp"), run.err());
		assertEquals("", run.out());
	}

	private static void assertChinese(String err) {
		err.lines().forEach(line -> assertFalse(ENGLISH.matcher(line.replace("gongkai:", "")).find(), line));
	}
}
