package org.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A report's new text as the bytes to write in place of its file: UTF-8, behind the byte order mark the file began with, if it had one. */
final class ReportBytes {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private ReportBytes() {
	}

	static byte[] keepingMark(Path file, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] start = new byte[BYTE_ORDER_MARK.length];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(start, 0, start.length) < start.length || !Arrays.equals(start, BYTE_ORDER_MARK)) {
				return body;
			}
		}
		byte[] marked = new byte[BYTE_ORDER_MARK.length + body.length];
		System.arraycopy(BYTE_ORDER_MARK, 0, marked, 0, BYTE_ORDER_MARK.length);
		System.arraycopy(body, 0, marked, BYTE_ORDER_MARK.length, body.length);
		return marked;
	}
}
