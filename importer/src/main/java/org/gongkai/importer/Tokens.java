package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Cell;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.importer.PublishedDocument.Run;
import org.gongkai.importer.PublishedDocument.Table;

/**
 * Cuts a published document into {@link Token}s: a table's cells row by row; text copied out of a table, line by
 * line. In copied text a cell starts at a tab or a {@code |}; a line that starts with a tab and holds one cell may go
 * on over the next lines (a label broken mid-word, a number below its tab) until an empty line; a line laid out with
 * spaces ({@link SpacedLine}) is its label and its numbers, with the label's lines printed above it (the lines before,
 * from one that starts a numbered label) and below it (up to an empty line, a numbered label, a whole label of its
 * own or a table's heading); other lines are cells of their own.
 */
final class Tokens {

	private static final Pattern NUMBERED = Pattern.compile("\\s*(" + Normal.NUMBERING_FORMS + ")");
	/**
	 * A row's own label in a line: its numbering and its words with no space between ({@code 年度办 （二）部分公开…}), not
	 * a group's numbering printed beside another row's words ({@code （四） 息}).
	 */
	/** Longer lines are text, not a part of a table's label. */
	private static final int LABEL_LENGTH = 60;
	private static final Pattern ROW_HEAD = Pattern.compile("(?:^|\\s)(?:" + Normal.NUMBERING_FORMS + ")\\S");

	static List<Token> of(PublishedDocument document) {
		List<Token> tokens = new ArrayList<>();
		List<Block> blocks = document.blocks();
		StringBuilder open = null;
		int openLine = 0;
		// a label laid out with spaces may wrap above and below its row's numbers: the token of the last row's label, and of
		// a label line that may be the head of the next row's
		int rowLabel = -1;
		int headLabel = -1;
		for (int line = 0; line < blocks.size(); line++) {
			int lastRowLabel = rowLabel;
			int lastHeadLabel = headLabel;
			rowLabel = -1;
			headLabel = -1;
			if (blocks.get(line) instanceof Table table) {
				open = flush(open, tokens, openLine);
				for (List<Cell> row : table.rows()) {
					int at = line;
					row.stream().filter(cell -> !cell.covered()).forEach(cell -> tokens.add(Token.of(cell.text(), at)));
				}
				continue;
			}
			if (blocks.get(line) instanceof Run run) {
				open = flush(open, tokens, openLine);
				tokens.add(Token.run(run.text(), line));
				continue;
			}
			String text = ((Paragraph) blocks.get(line)).text();
			boolean tabbed = text.indexOf('\t') >= 0;
			if (text.isBlank() && !tabbed || Texts.isPageNumber(text)) {
				open = flush(open, tokens, openLine);
				continue;
			}
			boolean piped = text.indexOf('|') >= 0;
			if (!tabbed && !piped && open != null && continues(open, text)) {
				open.append(text.strip());
				continue;
			}
			open = flush(open, tokens, openLine);
			List<String> spaced = tabbed || piped ? null : SpacedLine.cells(text).orElse(null);
			if (spaced != null) {
				String label = spaced.get(0);
				if (label.isEmpty()) {
					rowLabel = lastHeadLabel;
				} else if (lastHeadLabel >= 0 && !ROW_HEAD.matcher(label).find() && !Labels.isWhole(label)) {
					tokens.set(lastHeadLabel, Token.of(tokens.get(lastHeadLabel).text() + " " + label, line));
					rowLabel = lastHeadLabel;
				} else {
					rowLabel = tokens.size();
					tokens.add(Token.of(label, line));
				}
				for (String cell : spaced.subList(1, spaced.size())) {
					tokens.add(Token.of(cell, line));
				}
				continue;
			}
			if (!tabbed && !piped) {
				Token cell = Token.of(text, line);
				boolean label = cell.isLabel() && text.length() <= LABEL_LENGTH;
				// the rest of a label wrapped: no row's own label, no whole label, no heading
				boolean rest = label && (lastRowLabel >= 0 || lastHeadLabel >= 0) && !ROW_HEAD.matcher(text).find() && !Labels.isWhole(text)
						&& !Labels.isHeading(text);
				if (rest && lastRowLabel >= 0) {
					tokens.set(lastRowLabel, Token.of(tokens.get(lastRowLabel).text() + " " + cell.text(), line));
					rowLabel = lastRowLabel;
					continue;
				}
				if (rest && !Labels.isWhole(tokens.get(lastHeadLabel).text())) {
					// a row's label wrapped over lines of its own, its numbers on the line after (a PDF viewer's copy)
					tokens.set(lastHeadLabel, Token.of(tokens.get(lastHeadLabel).text() + " " + cell.text(), line));
					headLabel = lastHeadLabel;
					continue;
				}
				if (label && ROW_HEAD.matcher(text).find()) {
					headLabel = tokens.size();
				}
				tokens.add(cell);
				continue;
			}
			String[] cells = piped ? text.split("\\|", -1) : text.split("\t", -1);
			int first = text.startsWith("\t") ? 1 : 0;
			if (first == 1 && cells.length == 2) {
				open = new StringBuilder(cells[1].strip());
				openLine = line;
				continue;
			}
			for (int i = first; i < cells.length; i++) {
				tokens.add(Token.of(cells[i], line));
			}
		}
		flush(open, tokens, openLine);
		return tokens;
	}

	/** Whether a line goes on with the open cell: the cell is still empty, or a label broken before its end. */
	private static boolean continues(StringBuilder open, String line) {
		if (open.isEmpty()) {
			return true;
		}
		return Value.parse(open).isEmpty() && !NUMBERED.matcher(line).lookingAt();
	}

	private static StringBuilder flush(StringBuilder open, List<Token> tokens, int line) {
		if (open != null) {
			tokens.add(Token.of(open.toString(), line));
		}
		return null;
	}

	private Tokens() {
	}
}
