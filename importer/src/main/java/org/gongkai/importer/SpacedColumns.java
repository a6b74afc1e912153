package org.gongkai.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Group;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.TableLayout;

/**
 * A table laid out with spaces ({@code pdftotext -layout}) whose empty cells left no trace: a row of seven columns
 * printed as {@code 一、本年新收…数量        26                         26}. Each number stands under its column's
 * heading, character for character, so a row with fewer numbers than columns gets a dash for every column no number
 * stands under. A number that stands under no heading clearly, or two under one, leaves the row as printed. Part 二's
 * blocks are filled the same way, each under its own heading line.
 */
final class SpacedColumns {

	private static final Pattern SPACED_NUMBER = Pattern.compile("\\S {2,}\\d");
	private static final Pattern NUMBER = Pattern.compile("(?<=\\s)[+\\-]?\\d+(?:\\.\\d+)?(?=\\s|$)");

	private SpacedColumns() {
	}

	static PublishedDocument of(PublishedDocument document, List<PartTemplate> parts) {
		if (document.blocks().stream().noneMatch(block -> block instanceof Paragraph paragraph && paragraph.text().contains("  ")
				&& SPACED_NUMBER.matcher(paragraph.text()).find())) {
			return document;
		}
		List<Block> blocks = new ArrayList<>(document.blocks());
		int[] starts = Parts.locate(blocks, parts);
		boolean changed = false;
		for (int part = 0; part < parts.size(); part++) {
			PartTemplate template = parts.get(part);
			if (template.kind() != PartKind.TABLE || starts[part] < 0) {
				continue;
			}
			if (template.table().layout() == TableLayout.BLOCKS) {
				// the format is not known yet: a block's heading line is looked for with every format's fields
				int index = part;
				List<org.gongkai.language.template.Block> every = Formats.ALL.stream()
						.flatMap(format -> format.parts().get(index).table().blocks().stream()).toList();
				changed |= fillBlocks(blocks, starts[part] + 1, Parts.end(starts, part), every);
				continue;
			}
			if (template.table().layout() != TableLayout.MATRIX) {
				continue;
			}
			List<Item> columns = template.table().blocks().get(0).columns();
			if (columns.size() < 3) {
				continue;
			}
			String headingWords = Normal.folded(template.table().corner() + columns.stream()
					.map(column -> column.label() + column.groups().stream().map(Group::label).reduce("", String::concat)).reduce("", String::concat));
			changed |= fill(blocks, starts[part] + 1, Parts.end(starts, part), columns, headingWords);
		}
		return changed ? new PublishedDocument(document.name(), blocks) : document;
	}

	/**
	 * Fills the rows between {@code from} and {@code to}, with the column centres read off the headings above them (the
	 * lines before the first row of numbers, on the part's first page and on each page after).
	 */
	private static boolean fill(List<Block> blocks, int from, int to, List<Item> columns, String headingWords) {
		double[] centres = new double[columns.size()];
		Arrays.fill(centres, -1);
		boolean changed = false;
		boolean heading = true;
		boolean rowsSeen = false;
		for (int at = from; at < to; at++) {
			if (!(blocks.get(at) instanceof Paragraph paragraph) || paragraph.text().indexOf('\t') >= 0) {
				continue;
			}
			String line = paragraph.text();
			// a new page (a form feed) prints the headings again
			heading |= line.indexOf('\f') >= 0;
			List<int[]> numbers = numbers(line);
			if (numbers.isEmpty()) {
				if (heading) {
					headings(line, columns, centres);
					if (rowsSeen && isHeading(line, headingWords)) {
						// the headings printed again on a new page: they would read as row labels in the middle of the table
						blocks.set(at, new Paragraph(""));
						changed = true;
					}
				}
				continue;
			}
			heading = false;
			rowsSeen = true;
			changed |= fillRow(blocks, at, numbers, centres);
		}
		return changed;
	}

	/**
	 * Part 二: each block prints its fields on a heading line of its own ({@code 信息内容  本年新制作数量  本年新公开数量 …})
	 * and a row per item under it. A row with fewer numbers than the block's fields gets a dash under every field no
	 * number stands under, the fields' centres read off the block's heading line.
	 */
	private static boolean fillBlocks(List<Block> blocks, int from, int to, List<org.gongkai.language.template.Block> templates) {
		double[] centres = null;
		int heading = -1;
		boolean changed = false;
		for (int at = from; at < to; at++) {
			if (!(blocks.get(at) instanceof Paragraph paragraph) || paragraph.text().indexOf('\t') >= 0) {
				continue;
			}
			String line = paragraph.text();
			List<int[]> numbers = numbers(line);
			if (numbers.isEmpty()) {
				for (org.gongkai.language.template.Block block : templates) {
					double[] found = fieldCentres(line, block.rows());
					// a block whose fields are the first of another's (上一年项目数量, 本年增/减) does not take its heading
					if (found != null && (centres == null || found.length > centres.length || heading != at)) {
						centres = found;
						heading = at;
					}
				}
				continue;
			}
			if (centres != null && !hasStrayNumber(blocks, at - 1) && !hasStrayNumber(blocks, at + 1)) {
				changed |= fillRow(blocks, at, numbers, centres);
			}
		}
		return changed;
	}

	/** Puts the row at {@code at} in place with a dash for each column no number stands under; whether it could. */
	private static boolean fillRow(List<Block> blocks, int at, List<int[]> numbers, double[] centres) {
		String line = ((Paragraph) blocks.get(at)).text();
		// every cell must be one of the numbers placed: a cell they miss (150万元) would be taken for an empty one
		Optional<List<String>> cells = SpacedLine.cells(line);
		if (numbers.size() >= centres.length || cells.isEmpty() || cells.get().size() - 1 != numbers.size()) {
			return false;
		}
		String filled = filled(line, numbers, centres);
		if (filled != null) {
			blocks.set(at, new Paragraph(filled));
		}
		return filled != null;
	}

	/**
	 * Whether the line holds a digit but starts with no label: part of a cell wrapped above or below its row's line
	 * ({@code 135（公共服务} over {@code 其他对外管理服务事项  -18}), whose row is then left as printed.
	 */
	private static boolean hasStrayNumber(List<Block> blocks, int at) {
		return at >= 0 && at < blocks.size() && blocks.get(at) instanceof Paragraph paragraph && !paragraph.text().isBlank()
				&& Character.isWhitespace(paragraph.text().charAt(0)) && paragraph.text().chars().anyMatch(Character::isDigit);
	}

	/** The centre of each field's label on a block's heading line, in order; null when the line is not that heading. */
	private static double[] fieldCentres(String line, List<Item> fields) {
		double[] centres = new double[fields.size()];
		int from = 0;
		for (int f = 0; f < fields.size(); f++) {
			String label = fields.get(f).label();
			int at = line.indexOf(label, from);
			if (at < 0) {
				return null;
			}
			centres[f] = at + (label.length() - 1) / 2.0;
			from = at + label.length();
		}
		return centres;
	}

	/** Whether every word of the line is part of the table's headings (申请人情况, 自然 / 人, the corner's text). */
	private static boolean isHeading(String line, String headingWords) {
		return Arrays.stream(line.strip().split("[\\s\\u00a0\\u3000\\f]+")).allMatch(word -> headingWords.contains(Normal.folded(word)));
	}

	/** Notes where each column's heading stands on a heading line (the first two characters of its label). */
	private static void headings(String line, List<Item> columns, double[] centres) {
		for (int c = 0; c < columns.size(); c++) {
			String key = Normal.key(columns.get(c).label());
			int at = key.length() < 2 ? -1 : line.indexOf(key.substring(0, 2));
			if (at >= 0) {
				centres[c] = at + 1.0;
			}
		}
	}

	/** Start and end of each number printed after white space on the line. */
	private static List<int[]> numbers(String line) {
		List<int[]> found = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(line);
		while (matcher.find()) {
			found.add(new int[] { matcher.start(), matcher.end() });
		}
		return found;
	}

	/** The line with a dash in every column no number stands under; null when a number's column is not clear. */
	private static String filled(String line, List<int[]> numbers, double[] centres) {
		double gap = Double.MAX_VALUE;
		for (int c = 0; c < centres.length; c++) {
			if (centres[c] < 0 || c > 0 && centres[c] <= centres[c - 1]) {
				return null;
			}
			gap = c > 0 ? Math.min(gap, centres[c] - centres[c - 1]) : gap;
		}
		String[] cells = new String[centres.length];
		for (int[] number : numbers) {
			double middle = (number[0] + number[1] - 1) / 2.0;
			int nearest = 0;
			for (int c = 1; c < centres.length; c++) {
				nearest = Math.abs(centres[c] - middle) < Math.abs(centres[nearest] - middle) ? c : nearest;
			}
			if (Math.abs(centres[nearest] - middle) >= gap / 2 || cells[nearest] != null) {
				return null;
			}
			cells[nearest] = line.substring(number[0], number[1]);
		}
		StringBuilder out = new StringBuilder(line.substring(0, numbers.get(0)[0]).stripTrailing());
		for (String cell : cells) {
			out.append("  ").append(cell == null ? "-" : cell);
		}
		return out.toString();
	}
}
