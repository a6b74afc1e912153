package org.gongkai.language.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks); tabs separate too. */
public final class CsvRows {

	private CsvRows() {
	}

	public static List<List<String>> parse(String text) {
		char separator = separator(text);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"' && field.length() == 0) {
				quoted = true;
			} else if (c == separator) {
				row.add(field.toString().strip());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString().strip());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString().strip());
			rows.add(row);
		}
		return rows;
	}

	/** A tab when the first line has tabs and no commas (a roster copied out of a spreadsheet), else a comma. */
	private static char separator(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
	}
}
