package org.gongkai.language.ide.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes report files: UTF-8, with or without a byte order mark. */
final class Utf8 {

	private Utf8() {
	}

	/** Thrown for bytes that are not UTF-8; {@link #offset} is the file offset of the first bad byte. */
	static final class Malformed extends CharacterCodingException {
		private static final long serialVersionUID = 1L;
		final int offset;

		Malformed(int offset) {
			this.offset = offset;
		}
	}

	static String decodeStrictly(byte[] bytes) throws Malformed {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		int start = bomLength(bytes);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length - start);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new Malformed(in.position());
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	static String decodeLeniently(byte[] bytes) {
		int start = bomLength(bytes);
		return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
	}

	private static int bomLength(byte[] bytes) {
		boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
		return bom ? 3 : 0;
	}
}
