package org.gongkai.language.tests.cli;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static org.gongkai.language.tests.cli.CliReports.JIA_2023;
import static org.gongkai.language.tests.cli.CliReports.numbered;
import static org.gongkai.language.tests.cli.CliReports.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** Reports saved as GB18030 (GBK, Windows' "ANSI") or UTF-16 are read, with a warning; other bytes are refused alone (issue 10 #6). */
class EncodingTest {

	private static final Charset GB18030 = Charset.forName("GB18030");
	private static final String NL = System.lineSeparator();

	@TempDir
	Path dir;

	@Test
	void gb18030IsReadWithAWarningAndLeftAsItIs() throws IOException {
		byte[] bytes = JIA_2023.getBytes(GB18030);
		Path file = write(dir, "甲2023.gongkai", bytes);
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertEquals(file + ":1:1: warning: 文件不是 UTF-8 编码，已按 GB18030 读取；建议另存为 UTF-8 [encoding]" + NL
				+ "共 1 个文件：0 个错误，1 个警告" + NL, run.out());
		assertArrayEquals(bytes, Files.readAllBytes(file));
	}

	@Test
	void utf16WithEitherByteOrderMarkIsRead() throws IOException {
		for (Charset utf16 : new Charset[] { UTF_16LE, UTF_16BE }) {
			byte[] bom = utf16 == UTF_16LE ? new byte[] { (byte) 0xFF, (byte) 0xFE } : new byte[] { (byte) 0xFE, (byte) 0xFF };
			Path file = write(dir, utf16.name() + "/甲2023.gongkai", concat(bom, JIA_2023.getBytes(utf16)));
			CliRun run = CliRun.of("validate", file.toString());
			assertEquals(0, run.exit(), run.out() + run.err());
			assertTrue(run.out().startsWith(file + ":1:1: warning: 文件是 UTF-16 编码，已按 UTF-16 读取；建议另存为 UTF-8 [encoding]" + NL),
					run.out());
		}
	}

	@Test
	void generateReadsTheSameWay() throws IOException {
		Path file = write(dir, "甲2023.gongkai", JIA_2023.getBytes(GB18030));
		CliRun run = CliRun.of("generate", "--to", "json", file.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		String json = Files.readString(dir.resolve("甲2023.json"));
		assertEquals("甲县人民政府", JsonParser.parseString(json).getAsJsonObject().get("organ").getAsString());
	}

	@Test
	void aFileOfNoKnownEncodingIsReportedAloneAndTheFolderIsStillChecked() throws IOException {
		byte[] bytes = JIA_2023.getBytes(GB18030);
		bytes[3] = (byte) 0xFF;
		Path bad = write(dir, "reports/bad.gongkai", bytes);
		write(dir, "reports/机关1-2023.gongkai", numbered(1, 2023, true));
		CliRun run = CliRun.of("validate", dir.resolve("reports").toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("[apply.balance]"), run.out());
		assertTrue(run.out().endsWith("共 1 个文件：2 个错误，0 个警告" + NL), run.out());
		assertTrue(run.err().contains("gongkai: 无法读取 " + bad + "：不是有效的 UTF-8 文本（字节偏移 3），也不是 GB18030（GBK）"), run.err());
		assertTrue(run.err().contains("请用编辑器把它另存为 UTF-8 编码"), run.err());
	}

	@Test
	void generateWritesNothingWhenAFileCannotBeRead() throws IOException {
		byte[] bytes = JIA_2023.getBytes(GB18030);
		bytes[3] = (byte) 0xFF;
		write(dir, "reports/bad.gongkai", bytes);
		write(dir, "reports/机关1-2023.gongkai", numbered(1, 2023, false));
		CliRun run = CliRun.of("generate", "--to", "json", "-o", dir.resolve("out").toString(), dir.resolve("reports").toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().endsWith("gongkai: 没有生成任何文件" + NL), run.err());
		assertTrue(Files.notExists(dir.resolve("out")));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
