package org.gongkai.summary.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.summary.data.Amounts;
import org.gongkai.summary.data.Cell;
import org.gongkai.summary.data.ReportFigures;

/**
 * {@code cells.csv}: one row per cell of every report — organ, year, level, format, part, column, row (the language's
 * keywords), value (amounts in 万元; empty for a cell left blank with {@code -}), written (true when the report wrote
 * the cell, false for a computed total or an unwritten 0). UTF-8 with a byte order mark and CRLF, so that Excel and
 * WPS read the Chinese; fields quoted as RFC 4180 quotes them.
 */
public final class CellsCsv {

	static final String BOM = "\ufeff";
	static final String HEADER = "organ,year,level,format,part,column,row,value,written";
	static final String EOL = "\r\n";

	private CellsCsv() {
	}

	public static void write(List<ReportFigures> reports, OutputStream stream) throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		out.write(BOM + HEADER + EOL);
		StringBuilder rows = new StringBuilder(1 << 16);
		for (ReportFigures report : reports) {
			String head = field(report.organ()) + "," + (report.year() == 0 ? "" : report.year()) + ","
					+ report.level().term().keyword() + "," + report.format().id() + ",";
			rows.setLength(0);
			for (Cell cell : report.cells().cells()) {
				rows.append(head).append(cell.part().keyword()).append(',').append(cell.column().keyword()).append(',')
						.append(cell.row().keyword()).append(',')
						.append(report.isBlank(cell) ? "" : Amounts.printed(report.value(cell), cell.isAmount()))
						.append(report.isWritten(cell) ? ",true" : ",false").append(EOL);
			}
			out.append(rows);
		}
		out.flush();
	}

	/** A field as CSV writes it: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
	static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
