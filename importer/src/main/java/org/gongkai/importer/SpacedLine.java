package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.language.report.CellValues;

/**
 * A table row laid out with spaces, as {@code pdftotext -layout} and PDF viewers copy it: the label, then the row's
 * numbers each after white space ({@code 规章             0        0        0}), or the numbers alone (a wrapped label
 * printed above and below them). Cut into the label and one cell per number; a cell printed empty shows as a dash or
 * is gone.
 */
final class SpacedLine {

	private static final Pattern UNIT_APART = Pattern.compile("(\\d)[ \\u00a0\\u3000]+(" + CellValues.WAN_YUAN + "|" + CellValues.YUAN + ")$");


	/** How a cell may end besides a digit: a dash for an empty cell, a unit. */
	private static final String CELL_ENDS = "-—–/－" + CellValues.YUAN;

	private SpacedLine() {
	}

	/** The line's cells, label first (empty when the line holds numbers only); empty when the line is not such a row. */
	static Optional<List<String>> cells(String line) {
		String stripped = line.strip();
		// most lines are text: they end otherwise than a number, a dash or a unit
		char last = stripped.isEmpty() ? '。' : stripped.charAt(stripped.length() - 1);
		if (Character.digit(last, 10) < 0 && CELL_ENDS.indexOf(last) < 0) {
			return Optional.empty();
		}
		// a unit set apart from its number (75394432.52 元) belongs to it
		String[] chunks = UNIT_APART.matcher(stripped).replaceAll("$1$2").split("[\\s\\u00a0\\u3000]+");
		int first = chunks.length;
		while (first > 0 && isCell(chunks[first - 1])) {
			first--;
		}
		int cells = chunks.length - first;
		boolean anyNumber = false;
		for (int i = first; i < chunks.length; i++) {
			anyNumber |= !isBlank(chunks[i]);
		}
		String label = first == 0 ? "" : String.join(" ", List.of(chunks).subList(0, first));
		// one number after a label is a row only when spaces set it apart as a column ("行政许可      821", not "附件 2") or
		// the label is a whole one of the tables (a PDF viewer's copy: 行政许可 821)
		if (!anyNumber || cells == 1 && (first == 0
				|| !line.matches(".*\\S[\\s\\u00a0\\u3000]{2,}\\S+\\s*") && !Labels.isWhole(label))) {
			return Optional.empty();
		}
		List<String> out = new ArrayList<>(cells + 1);
		out.add(label);
		out.addAll(List.of(chunks).subList(first, chunks.length));
		return Optional.of(out);
	}

	private static boolean isCell(String chunk) {
		return isBlank(chunk) || Value.parse(chunk).isPresent();
	}

	private static boolean isBlank(String chunk) {
		return chunk.matches("[-—–/－]");
	}
}
