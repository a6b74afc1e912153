package org.gongkai.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.importer.PublishedDocument.Run;
import org.gongkai.language.report.CellValues;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.PrintedLabels;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;

/**
 * Text a crawler flattened: a page's paragraphs and table cells joined into one line, the part headings inside it
 * ({@code …的自觉性。二、主动公开政府信息情况第二十条第（一）项…规章000行政规范性文件5225…}). Such a paragraph is cut at
 * the template's part headings, and a table part into its labels and {@link Run}s of numbers, which {@link DigitSplits}
 * splits into cells. A document whose headings start paragraphs is returned as it is.
 */
final class GluedText {

	private record Heading(int start, int end, int part, int score) {
	}

	private static final String SIGNS = "+-＋－";
	private static final Pattern INDENT = Pattern.compile("[\\s\\u3000]{2,}");
	/** A note printed after a number, in brackets: 135（公共服务事项）; not the next row's numbering, （二）. */
	private static final Pattern NOTE = Pattern.compile("[（(](?![一二三四五六七八九十]+[）)])[^（）()\\d]{1,20}[）)]");
	/** The report's title glued before its opening: …2019年政府信息公开工作年度报告根据《条例》…. */
	private static final Pattern TITLE = Pattern.compile("[\\s\\u3000]*([^。，；]{4,40}?\\d{4}年度?政府信息公开工作(?:年度)?报告)");

	/** What the tables of every format print: captions, group and item labels, as real reports print them too. */
	private static final List<String> TABLE_WORDS = tableWords();

	static PublishedDocument of(PublishedDocument document, List<PartTemplate> parts) {
		List<Block> blocks = new ArrayList<>();
		boolean glued = false;
		for (Block block : document.blocks()) {
			List<Heading> headings = block instanceof Paragraph paragraph && holdsTableHeading(paragraph.text(), parts)
					? headings(paragraph.text(), parts) : List.of();
			if (headings.stream().noneMatch(h -> h.start() > 0 && parts.get(h.part()).kind() == PartKind.TABLE)) {
				blocks.add(block);
				continue;
			}
			glued = true;
			String text = ((Paragraph) block).text();
			String before = text.substring(0, headings.get(0).start());
			Matcher title = TITLE.matcher(before);
			if (title.lookingAt()) {
				blocks.add(new Paragraph(title.group(1)));
				before = before.substring(title.end());
			}
			prose(before, blocks);
			for (int h = 0; h < headings.size(); h++) {
				Heading heading = headings.get(h);
				blocks.add(new Paragraph(text.substring(heading.start(), heading.end())));
				String body = text.substring(heading.end(), h + 1 < headings.size() ? headings.get(h + 1).start() : text.length());
				if (parts.get(heading.part()).kind() == PartKind.TABLE) {
					cells(body, blocks);
				} else {
					prose(body, blocks);
				}
			}
		}
		return glued ? new PublishedDocument(document.name(), blocks) : document;
	}

	/** Whether a table part's heading begins somewhere after the start of a paragraph (a quick look before the search). */
	private static boolean holdsTableHeading(String text, List<PartTemplate> parts) {
		return parts.stream().filter(part -> part.kind() == PartKind.TABLE)
				.anyMatch(part -> text.indexOf(part.heading().substring(0, Math.min(6, part.heading().length())), 1) > 0);
	}

	/**
	 * The part headings printed in a text, in the template's order: for each part the place after the previous
	 * heading where its number (二、) is followed by the words of its heading with the fewest others among them.
	 */
	private static List<Heading> headings(String text, List<PartTemplate> parts) {
		List<Heading> found = new ArrayList<>();
		int from = 0;
		for (int part = 0; part < parts.size(); part++) {
			String heading = parts.get(part).heading();
			Heading best = null;
			// numbered as the template numbers the part (二、), or with its ordinal (2、)
			for (String number : List.of(parts.get(part).number(), (part + 1) + "、")) {
				for (int at = text.indexOf(number, from); at >= 0; at = text.indexOf(number, at + 1)) {
					Heading candidate = heading(text, at, number.length(), heading, part);
					if (candidate != null && (best == null || candidate.score() > best.score())) {
						best = candidate;
					}
				}
			}
			if (best != null) {
				found.add(best);
				from = best.end();
			}
		}
		return found;
	}

	/**
	 * The heading's words after its number at {@code at}, as far as they go with the fewest others; null if too few.
	 * One table of common subsequences gives every end at once.
	 */
	private static Heading heading(String text, int at, int numberLength, String heading, int part) {
		int wordsFrom = at + numberLength;
		int limit = Math.min(text.length(), wordsFrom + heading.length() * 2);
		int[] previous = new int[heading.length() + 1];
		int[] current = new int[heading.length() + 1];
		int common = 0;
		int end = wordsFrom;
		for (int i = wordsFrom; i < limit; i++) {
			for (int j = 1; j <= heading.length(); j++) {
				current[j] = text.charAt(i) == heading.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
			}
			if (current[heading.length()] > common) {
				common = current[heading.length()];
				end = i + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		int extra = end - wordsFrom - common;
		boolean enough = common * 10 >= heading.length() * 7 && extra * 2 <= heading.length() + 4 && common > extra;
		return enough ? new Heading(at, end, part, common - extra) : null;
	}

	/** Prose, as paragraphs where the page indented them (two blanks or more: {@code 　　}). */
	private static void prose(String text, List<Block> blocks) {
		for (String paragraph : INDENT.split(text)) {
			if (!paragraph.isBlank()) {
				blocks.add(new Paragraph(paragraph.strip()));
			}
		}
	}

	/** A table part's text as labels and runs of numbers; blanks (spaces, ideographic spaces) end either. */
	private static void cells(String text, List<Block> blocks) {
				StringBuilder label = new StringBuilder();
		int at = 0;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (Texts.isSpace(c)) {
				flush(label, blocks);
				at++;
			} else if (startsNumber(text, at) && !isNumbering(text, at)) {
				flush(label, blocks);
				int end = runEnd(text, at);
				String run = text.substring(at, end).chars().filter(ch -> !Texts.isSpace(ch))
						.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
				blocks.add(new Run(Normalizer.normalize(run, Normalizer.Form.NFKC)));
				at = end;
			} else {
				label.append(c);
				at++;
			}
		}
		flush(label, blocks);
	}

	/** Labels joined into one ({@code …现行有效件数规章}) cut where a label of the tables starts, the longest first. */
	private static void flush(StringBuilder label, List<Block> blocks) {
		String text = label.toString();
		StringBuilder other = new StringBuilder();
		int at = 0;
		while (at < text.length()) {
			int length = labelAt(text, at);
			if (length == 0) {
				other.append(text.charAt(at++));
				continue;
			}
			if (!other.isEmpty()) {
				blocks.add(new Paragraph(other.toString()));
				other.setLength(0);
			}
			blocks.add(new Paragraph(text.substring(at, at + length)));
			at += length;
		}
		if (!other.isEmpty()) {
			blocks.add(new Paragraph(other.toString()));
		}
		label.setLength(0);
	}

	private static int labelAt(String text, int at) {
		int longest = 0;
		for (String label : TABLE_WORDS) {
			if (label.length() > longest && text.startsWith(label, at)) {
				longest = label.length();
			}
		}
		return longest;
	}

	private static boolean startsNumber(String text, int at) {
		char c = text.charAt(at);
		return isDigit(c) || SIGNS.indexOf(c) >= 0 && at + 1 < text.length() && isDigit(text.charAt(at + 1));
	}

	/** A row's numbering glued after the numbers before it: the 2 of {@code 00000002.其他法律行政法规禁止公开}. */
	private static boolean isNumbering(String text, int at) {
		return isDigit(text.charAt(at)) && at + 2 < text.length() && ".．、".indexOf(text.charAt(at + 1)) >= 0
				&& !isDigit(text.charAt(at + 2));
	}

	/** The end of the numbers from {@code at}: digits, signs and decimal points before a digit, a unit and a note after them. */
	private static int runEnd(String text, int at) {
		int end = at;
		while (end < text.length() && !isNumbering(text, end)
				&& (isDigit(text.charAt(end)) || (SIGNS + ".．").indexOf(text.charAt(end)) >= 0 && end + 1 < text.length()
						&& isDigit(text.charAt(end + 1)))) {
			end++;
		}
		// the unit, also set apart by blanks (75394432.52 元): left behind, the number would read as 万元
		int unitAt = end;
		while (unitAt < text.length() && Texts.isSpace(text.charAt(unitAt))) {
			unitAt++;
		}
		for (String unit : List.of(CellValues.WAN_YUAN, CellValues.YUAN)) {
			if (text.startsWith(unit, unitAt)) {
				end = unitAt + unit.length();
				break;
			}
		}
		Matcher note = NOTE.matcher(text).region(end, text.length());
		return note.lookingAt() ? note.end() : end;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9' || c >= '０' && c <= '９';
	}

	private static List<String> tableWords() {
		Set<String> words = new LinkedHashSet<>();
		for (ReportFormat format : Formats.ALL) {
			for (PartTemplate part : format.parts()) {
				if (part.kind() != PartKind.TABLE) {
					continue;
				}
				TableTemplate table = part.table();
				words.add(table.corner());
				for (org.gongkai.language.template.Block block : table.blocks()) {
					words.add(block.caption());
					for (Item item : Stream.concat(block.columns().stream(), block.rows().stream()).toList()) {
						words.add(item.label());
						words.addAll(PrintedLabels.of(item.term()));
						item.groups().forEach(group -> words.add(group.label()));
					}
				}
			}
		}
		words.removeIf(word -> word.length() < 2);
		return List.copyOf(words);
	}

	private GluedText() {
	}
}
