package org.gongkai.language.tests.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai format} as a user runs it: the editors' "format" on files, in place, never over what it cannot read. */
class FormatCommandTest {

	private static final Path EXAMPLES = Path.of("../examples");

	/** A key or a table row's keyword followed by more than one space: the alignment the formatter restores. */
	private static final Pattern ALIGNED = Pattern.compile("(?m)^(\\s+)([a-z][a-z-]*:?) {2,}");

	private static final Pattern CODE = Pattern.compile("\\[([a-z.-]+)\\]$", Pattern.MULTILINE);

	@TempDir
	Path dir;

	@Test
	void everyExampleIsLaidOutTheSameWhateverItsSpacingAndKeepsItsContent() throws IOException {
		try (var examples = Files.list(EXAMPLES)) {
			for (Path example : examples.filter(p -> p.toString().endsWith(".gongkai")).sorted().toList()) {
				String original = Files.readString(example, UTF_8);
				Path folder = Files.createDirectory(dir.resolve(example.getFileName() + ".d"));
				Path file = folder.resolve(example.getFileName());
				Path untidy = folder.resolve("untidy-" + example.getFileName());
				Files.writeString(file, original, UTF_8);
				Files.writeString(untidy, ALIGNED.matcher(original).replaceAll("$1$2 "), UTF_8);

				CliRun run = CliRun.of("format", file.toString(), untidy.toString());

				assertEquals(0, run.exit(), run.err());
				assertTrue(run.out().contains("已排版 " + untidy + System.lineSeparator()), run.out());
				String formatted = Files.readString(file, UTF_8);
				assertEquals(formatted, Files.readString(untidy, UTF_8), example.toString());
				assertEquals(original.replaceAll("\\s", ""), formatted.replaceAll("\\s", ""), "only spaces and line breaks change");
				assertEquals("", CliRun.of("format", file.toString(), untidy.toString()).out(), "a formatted file is left alone");
				Files.delete(untidy);
				assertEquals(codes(CliRun.of("validate", example.toString())), codes(CliRun.of("validate", file.toString())), "the same findings");
			}
		}
	}

	@Test
	void checkListsWhatNeedsFormattingAndWritesNothing() throws IOException {
		Path file = dir.resolve("zeku-2023.gongkai");
		String untidy = ALIGNED.matcher(Files.readString(EXAMPLES.resolve("zeku-2023.gongkai"), UTF_8)).replaceAll("$1$2 ");
		Files.writeString(file, untidy, UTF_8);

		CliRun run = CliRun.of("format", "--check", dir.toString());

		assertEquals(1, run.exit());
		assertTrue(run.out().startsWith("需要排版 "), run.out());
		assertEquals(untidy, Files.readString(file, UTF_8));
	}

	@Test
	void aByteOrderMarkAndCrlfLineEndsAreKept() throws IOException {
		byte[] mark = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		String untidy = ALIGNED.matcher(Files.readString(EXAMPLES.resolve("gongbujiangda-2023.gongkai"), UTF_8)).replaceAll("$1$2 ");
		Path file = dir.resolve("r.gongkai");
		Files.write(file, concat(mark, untidy.replace("\n", "\r\n").getBytes(UTF_8)));
		Path plain = dir.resolve("plain.gongkai");
		Files.writeString(plain, untidy, UTF_8);

		assertEquals(0, CliRun.of("format", file.toString(), plain.toString()).exit());

		String formatted = Files.readString(plain, UTF_8);
		assertArrayEquals(concat(mark, formatted.replace("\n", "\r\n").getBytes(UTF_8)), Files.readAllBytes(file));
	}

	@Test
	void aFileThatDoesNotParseIsLeftAsItIs() throws IOException {
		Path file = dir.resolve("broken.gongkai");
		String text = "report \"甲\" {\n  organ    \"甲县人民政府\"\n  year 2024\n  section apply <\n    natural: new 3,\n";
		Files.writeString(file, text, UTF_8);

		CliRun run = CliRun.of("format", file.toString());

		assertEquals(2, run.exit());
		assertEquals("gongkai: " + file + " 有语法错误，未排版；请先改正 gongkai validate 列出的错误" + System.lineSeparator(), run.err());
		assertEquals(text, Files.readString(file, UTF_8));
		assertTrue(run.noStackTrace());
	}

	@Test
	void aFileNotInUtf8IsLeftAsItIs() throws IOException {
		Path file = dir.resolve("gbk.gongkai");
		byte[] bytes = ALIGNED.matcher(Files.readString(EXAMPLES.resolve("zequ-2022.gongkai"), UTF_8)).replaceAll("$1$2 ")
				.getBytes(Charset.forName("GB18030"));
		Files.write(file, bytes);

		CliRun run = CliRun.of("format", file.toString());

		assertEquals(2, run.exit());
		assertTrue(run.err().contains("未排版，以免改变文件的编码"), run.err());
		assertArrayEquals(bytes, Files.readAllBytes(file));
	}

	@Test
	void aPublishedReportIsNotFormatted() throws IOException {
		Path file = dir.resolve("report.txt");
		Files.writeString(file, "一、总体情况", UTF_8);

		CliRun run = CliRun.of("format", file.toString());

		assertEquals(2, run.exit());
		assertTrue(run.err().contains("不是 .gongkai 报告文件，未排版"), run.err());
	}

	/** The rule codes of what validate printed, in order. */
	private static List<String> codes(CliRun run) {
		return CODE.matcher(run.out()).results().map(m -> m.group(1)).toList();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
