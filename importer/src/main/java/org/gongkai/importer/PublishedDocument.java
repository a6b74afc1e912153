package org.gongkai.importer;

import java.util.List;

/**
 * A published report as its file shows it, before it is understood: the paragraphs and tables in reading order.
 * Every reader (text, HTML, DOCX, PDF) makes one; {@code name} is the file's name, for messages.
 */
public record PublishedDocument(String name, List<Block> blocks) {

	/** A paragraph or a table. */
	public sealed interface Block permits Paragraph, Table, Run {
	}

	/** A paragraph's text as printed (a line of a text file; a heading; a line of a PDF outside tables). */
	public record Paragraph(String text) implements Block {
	}

	/**
	 * Numbers a crawler joined with no separator where a table stood ({@code 121010014}, {@code 156-5997}): the cells of
	 * one printed row, or of several, with empty cells perhaps dropped ({@link GluedText}).
	 */
	public record Run(String text) implements Block {
	}

	/**
	 * A table with its merged cells expanded into a grid: every row has one cell per grid column. A merged cell's text
	 * is in its first (top-left) position; the positions it also covers are {@link Cell#covered()}.
	 */
	public record Table(List<List<Cell>> rows) implements Block {
	}

	/**
	 * One position of a table's grid: its text as printed (paragraphs inside a cell joined with a line break), or a
	 * position covered by the merged cell to its left or above ({@code covered}, text empty).
	 */
	public record Cell(String text, boolean covered) {

		public static Cell of(String text) {
			return new Cell(text, false);
		}

		public static final Cell COVERED = new Cell("", true);
	}
}
