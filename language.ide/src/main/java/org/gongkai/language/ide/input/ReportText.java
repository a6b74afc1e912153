package org.gongkai.language.ide.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a report file's text. UTF-8 (with or without a byte order mark) is the encoding of reports; UTF-16 with a byte
 * order mark and GB18030 (which includes GBK, Windows' "ANSI" for Chinese) are read too, with a {@link #warning}. The
 * file itself is never rewritten. Reports and published text files alike are read this way.
 *
 * @param warning what was assumed about a file that is not UTF-8, in Chinese; null for UTF-8
 */
public record ReportText(String text, String warning) {

	public static final long LARGEST = 50L << 20;

	/** Thrown for a file that cannot be read as a report; the message says why in Chinese and what to do. */
	public static final class Unreadable extends IOException {
		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}
	}

	public static ReportText read(Path path) throws IOException {
		long size = Files.size(path);
		if (size > LARGEST) {
			throw new Unreadable("文件有 " + (size >> 20) + " MB，超过报告文件 " + (LARGEST >> 20)
					+ " MB 的上限，未读取；请确认选对了文件（年度报告只有几十 KB）");
		}
		return decode(Files.readAllBytes(path));
	}

	public static ReportText decode(byte[] bytes) throws Unreadable {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return utf8(bytes, 3);
		}
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			String text = strictly(bytes, 2, bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE,
					"文件以 UTF-16 的字节顺序标记开头，内容却不是有效的 UTF-16 文本");
			return new ReportText(text, "文件是 UTF-16 编码，已按 UTF-16 读取；建议另存为 UTF-8");
		}
		return utf8(bytes, 0);
	}

	private static ReportText utf8(byte[] bytes, int start) throws Unreadable {
		try {
			return new ReportText(decoded(bytes, start, StandardCharsets.UTF_8), null);
		} catch (CharacterCodingException e) {
			String gb18030 = gb18030(bytes);
			if (gb18030 == null) {
				throw new Unreadable("不是有效的 UTF-8 文本（字节偏移 " + firstBadByte(bytes, start) + "），也不是 GB18030（GBK）或带字节顺序标记的"
						+ " UTF-16 文本；请用编辑器把它另存为 UTF-8 编码");
			}
			return new ReportText(gb18030, "文件不是 UTF-8 编码，已按 GB18030 读取；建议另存为 UTF-8");
		}
	}

	private static String gb18030(byte[] bytes) {
		try {
			return decoded(bytes, 0, Charset.forName("GB18030"));
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	private static String strictly(byte[] bytes, int start, Charset charset, String problem) throws Unreadable {
		try {
			return decoded(bytes, start, charset);
		} catch (CharacterCodingException e) {
			throw new Unreadable(problem + "；请用编辑器把它另存为 UTF-8 编码");
		}
	}

	private static String decoded(byte[] bytes, int start, Charset charset) throws CharacterCodingException {
		return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
	}

	/** The file offset of the first byte that is not UTF-8. */
	private static int firstBadByte(byte[] bytes, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		decoder.decode(in, CharBuffer.allocate(bytes.length), true);
		return in.position();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != (byte) prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
