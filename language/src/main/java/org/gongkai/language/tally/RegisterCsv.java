package org.gongkai.language.tally;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.language.spreadsheet.CsvRows;

/**
 * A register saved as CSV, in UTF-8 (with or without a byte order mark) or, when it is not valid UTF-8, GB18030 as
 * Excel and WPS save CSV on a Chinese Windows. Rows are numbered as a spreadsheet opening the file shows them.
 */
final class RegisterCsv {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private RegisterCsv() {
	}

	static void read(byte[] bytes, RowSink sink) {
		List<List<String>> rows = CsvRows.parse(decoded(bytes));
		for (int i = 0; i < rows.size(); i++) {
			sink.row(i + 1, rows.get(i));
		}
	}

	private static String decoded(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, GB18030);
		}
	}
}
