package org.gongkai.language.tests.template;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.language.template.Block;
import org.gongkai.language.template.CellKind;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Group;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.template.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The template model against TEMPLATE.md, row by row: the design page is read at test time, so a change to either
 * side that the other does not follow fails here. Parsing is strict: a TEMPLATE.md whose shape is not the expected
 * one fails loudly rather than checking less.
 *
 * <p>Words: TEMPLATE.md names the printed table's rows and columns; the model names what a writer puts before the
 * colon a "column" and what goes inside it a "row". Part 二 prints its {@code Block.columns()} as rows and its
 * {@code Block.rows()} as columns; parts 三 and 四 print them the other way round.
 */
class TemplateTest {

	/** From language.tests; a clone has shared/ beside the repository (one elsewhere skips this test, as FilledTemplate's do). */
	private static final Path TEMPLATE = Path.of("..", "..", "shared", "design", "TEMPLATE.md");

	private static String markdown;

	@BeforeAll
	static void read() throws IOException {
		assumeTrue(Files.isRegularFile(TEMPLATE), "skipped: no " + TEMPLATE + " beside this clone");
		markdown = Files.readString(TEMPLATE);
	}

	@Test
	void sixPartsWithHeadingAndKeyword() {
		List<List<String>> rows = table(section("The six parts and their headings"), "part", "heading printed", "keyword");
		List<String> expected = rows.stream().map(r -> r.get(0) + "|" + r.get(1) + "|" + code(r.get(2))).toList();
		for (ReportFormat format : Formats.ALL) {
			assertRows(expected, format.parts().stream()
					.map(p -> p.number().replace("、", "") + "|" + p.fullHeading() + "|" + p.keyword()).toList(),
					"parts of format " + format.id());
		}
	}

	@Test
	void overviewTopicsOfFormat2021() {
		String text = paragraph(section("The six parts and their headings"), "Part 一 (format 2021) covers five topics");
		Matcher m = Pattern.compile("(（[一二三四五六七八九]）\\S+?)\\s+`([a-z]+)`").matcher(text);
		List<String> expected = new ArrayList<>();
		while (m.find()) {
			expected.add(m.group(1) + " " + m.group(2));
		}
		assertEquals(5, expected.size(), "topics found in: " + text);
		assertRows(expected, Formats.FORMAT_2021.part("overview").orElseThrow().topics().stream()
				.map(t -> t.fullLabel() + " " + t.keyword()).toList(), "topics of part 一, format 2021");
		assertEquals(List.of(), Formats.FORMAT_2019.part("overview").orElseThrow().topics(), "format 2019 has no topics");
	}

	@Test
	void activeOfFormat2021() {
		assertActive(Formats.FORMAT_2021, "Part 二 — format 2021");
	}

	@Test
	void activeOfFormat2019() {
		assertActive(Formats.FORMAT_2019, "Part 二 — format 2019");
	}

	/** 本年增/减 may be negative: the one signed field. */
	@Test
	void signedField() {
		Matcher m = Pattern.compile("^(\\S+) may be negative", Pattern.MULTILINE).matcher(section("Part 二 — format 2019"));
		assertTrue(m.find(), "no \"… may be negative\" line under Part 二 — format 2019");
		List<String> signed = Formats.ALL.stream().flatMap(f -> f.parts().stream()).filter(p -> p.table() != null)
				.flatMap(p -> p.table().rows().stream()).filter(r -> r.kind() == CellKind.SIGNED).map(Item::label).distinct().toList();
		assertEquals(List.of(m.group(1)), signed);
	}

	@Test
	void applyCorner() {
		String corner = line(section("Part 三 — both formats"), "Top-left cell of the table: ");
		assertEquals(corner, Formats.CORNER_APPLY);
		for (ReportFormat format : Formats.ALL) {
			assertEquals(corner, format.table("apply").corner(), "corner of format " + format.id());
		}
	}

	@Test
	void applyColumns() {
		String text = paragraph(section("Part 三 — both formats"), "Columns: ");
		Matcher m = Pattern.compile("(\\p{IsHan}+)\\s+`([a-z-]+)`").matcher(text);
		List<String> expected = new ArrayList<>();
		while (m.find()) {
			expected.add(m.group(2) + " " + m.group(1));
		}
		assertEquals(7, expected.size(), "columns found in: " + text);
		for (ReportFormat format : Formats.ALL) {
			Block block = onlyBlock(format.table("apply"));
			assertRows(expected, block.columns().stream().map(c -> c.keyword() + " " + c.label()).toList(),
					"apply columns of format " + format.id());
		}
	}

	@Test
	void applyRowsOfFormat2021() {
		List<String> expected = applyLines().stream().filter(l -> l.keyword() != null).map(ApplyLine::row).toList();
		assertEquals(25, expected.size(), "keyworded rows in TEMPLATE.md's part 三 block");
		assertRows(expected, rows(onlyBlock(Formats.FORMAT_2021.table("apply"))), "apply rows of format 2021");
	}

	@Test
	void applyRowsOfFormat2019() {
		List<ApplyLine> lines = applyLines();
		List<String> expected = new ArrayList<>();
		for (ApplyLine line : lines) {
			if (line.note().equals("2021 only")) {
				continue;
			}
			Matcher single = Pattern.compile("format 2019: the single row (\\S+)").matcher(line.note());
			if (single.matches()) {
				ApplyLine group = lines.stream().filter(l -> l.fullLabel().equals(single.group(1)) && l.keyword() == null)
						.findFirst().orElseThrow(() -> new AssertionError("no group row " + single.group(1) + " in TEMPLATE.md"));
				expected.add(new ApplyLine(line.keyword(), group.fullLabel(), group.groups(), "").row());
			} else if (line.keyword() != null) {
				assertEquals("", line.note(), "a note TEMPLATE.md has that this test does not know");
				expected.add(line.row());
			}
		}
		assertRows(expected, rows(onlyBlock(Formats.FORMAT_2019.table("apply"))), "apply rows of format 2019");
	}

	@Test
	void rowsOnlyIn2021AreNotIn2019() {
		List<String> only2021 = applyLines().stream().filter(l -> l.note().equals("2021 only")).map(ApplyLine::keyword).toList();
		assertEquals(List.of("no-supplement", "no-fee"), only2021, "rows marked (2021 only)");
		TableTemplate apply2019 = Formats.FORMAT_2019.table("apply");
		assertEquals(List.of(), only2021.stream().filter(k -> apply2019.row(k).isPresent()).toList(), "2021-only rows in format 2019");
	}

	@Test
	void review() {
		String section = section("Part 四 — both formats");
		List<String> lines = codeBlock(section).lines().toList();
		Matcher fields = Pattern.compile("^Fields: (.+)\\.$", Pattern.MULTILINE).matcher(section);
		assertTrue(fields.find(), "no \"Fields: …\" line in Part 四");
		List<String> fieldKeywords = Arrays.asList(fields.group(1).split(" · "));
		List<String> columns = new ArrayList<>();
		List<String> fieldLabels = null;
		for (String line : lines) {
			Matcher m = Pattern.compile("^(.+?) ([a-z-]+):\\s+(.+)$").matcher(line);
			assertTrue(m.matches(), "a Part 四 line not of the shape 'label keyword: fields': " + line);
			String[] labels = m.group(1).split(" ");
			columns.add(m.group(2) + " " + labels[labels.length - 1]);
			List<String> labelsOfLine = Arrays.asList(m.group(3).strip().split("\\s+"));
			assertEquals(fieldLabels == null ? labelsOfLine : fieldLabels, labelsOfLine, "fields of " + line);
			fieldLabels = labelsOfLine;
		}
		assertEquals(fieldKeywords.size(), fieldLabels.size(), "Fields: keywords vs labels");
		List<String> expectedFields = new ArrayList<>();
		for (int i = 0; i < fieldKeywords.size(); i++) {
			expectedFields.add(fieldKeywords.get(i) + " " + fieldLabels.get(i));
		}
		Matcher count = Pattern.compile("One row of (\\d+) numbers").matcher(section);
		assertTrue(count.find(), "no \"One row of N numbers\" in Part 四");
		for (ReportFormat format : Formats.ALL) {
			Block block = onlyBlock(format.table("review"));
			assertRows(columns, block.columns().stream().map(c -> c.keyword() + " " + c.label()).toList(), "review columns");
			assertRows(expectedFields, block.rows().stream().map(r -> r.keyword() + " " + r.label()).toList(), "review fields");
			assertEquals(Integer.parseInt(count.group(1)), block.columns().size() * block.rows().size(), "numbers of part 四");
		}
	}

	// part 二

	/** Part 二: the printed rows are the block's columns, the printed columns its rows (fields). */
	private static void assertActive(ReportFormat format, String heading) {
		String section = section(heading);
		String header = section.lines().filter(l -> l.startsWith("| caption")).findFirst()
				.orElseThrow(() -> new AssertionError("no table header in " + heading));
		Matcher corner = Pattern.compile("columns \\(after (.+)\\)").matcher(header);
		if (corner.find()) {
			assertEquals(corner.group(1), format.table("active").corner(), "corner of part 二, format " + format.id());
		}
		List<List<String>> rows = table(section, "caption", null, "rows");
		Map<String, String> keywordOfLabel = new LinkedHashMap<>();
		List<Block> expected = new ArrayList<>();
		for (List<String> row : rows) {
			List<Item> fields = new ArrayList<>();
			for (String field : row.get(1).split(" · ")) {
				fields.add(labelled(field, keywordOfLabel));
			}
			List<Item> columns = new ArrayList<>();
			for (String column : row.get(2).split("; ")) {
				columns.add(labelled(column, keywordOfLabel));
			}
			expected.add(new Block(row.get(0), columns, fields));
		}
		List<Block> actual = format.table("active").blocks().stream()
				.map(b -> new Block(b.caption(), plain(b.columns()), plain(b.rows()))).toList();
		assertRows(show(expected), show(actual), "part 二 of format " + format.id());
	}

	/** {@code 本年制发件数 `made`}, or a label alone whose keyword an earlier cell of the table gave. */
	private static Item labelled(String text, Map<String, String> keywordOfLabel) {
		Matcher m = Pattern.compile("^(\\S+) `([a-z-]+)`$").matcher(text.strip());
		if (m.matches()) {
			keywordOfLabel.put(m.group(1), m.group(2));
			return item(m.group(2), m.group(1));
		}
		String label = text.strip();
		String keyword = keywordOfLabel.get(label);
		if (keyword == null || label.contains(" ")) {
			throw new AssertionError("TEMPLATE.md: \"" + text + "\" is neither 'label `keyword`' nor a label given a keyword before");
		}
		return item(keyword, label);
	}

	private static Item item(String keyword, String label) {
		return Item.of(Term.of(keyword), label);
	}

	/** Keyword and label only: what TEMPLATE.md says of an item. */
	private static List<Item> plain(List<Item> items) {
		return items.stream().map(i -> item(i.keyword(), i.label())).toList();
	}

	private static List<String> show(List<Block> blocks) {
		return blocks.stream().map(b -> b.caption() + " | " + b.rows().stream().map(i -> i.label() + " " + i.keyword()).toList()
				+ " | " + b.columns().stream().map(i -> i.label() + " " + i.keyword()).toList()).toList();
	}

	// part 三

	/**
	 * One line of the part 三 code block: a row (keyword, numbered label, the group rows it sits under, outermost
	 * first, and its note in parentheses) or a group row (no keyword).
	 */
	record ApplyLine(String keyword, String fullLabel, List<String> groups, String note) {

		String row() {
			return keyword + " " + fullLabel + " " + groups;
		}
	}

	private static List<ApplyLine> applyLines() {
		List<ApplyLine> result = new ArrayList<>();
		List<Integer> indents = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		Pattern shape = Pattern.compile("^([a-z-]+)?(\\s+)(\\S+?)(?:\\s+\\((.+)\\))?\\s*$");
		for (String line : codeBlock(section("Part 三 — both formats")).lines().toList()) {
			Matcher m = shape.matcher(line);
			if (!m.matches()) {
				throw new AssertionError("TEMPLATE.md: a part 三 row not of the shape 'keyword  label  (note)': " + line);
			}
			int indent = m.end(2);
			while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
				indents.remove(indents.size() - 1);
				groups.remove(groups.size() - 1);
			}
			String note = m.group(4) == null ? "" : m.group(4);
			result.add(new ApplyLine(m.group(1), m.group(3), List.copyOf(groups), note));
			if (m.group(1) == null) {
				indents.add(indent);
				groups.add(m.group(3));
			}
		}
		return result;
	}

	private static List<String> rows(Block block) {
		return block.rows().stream()
				.map(r -> new ApplyLine(r.keyword(), r.fullLabel(), r.groups().stream().map(Group::fullLabel).toList(), "").row())
				.toList();
	}

	private static Block onlyBlock(TableTemplate table) {
		assertEquals(1, table.blocks().size(), "blocks of a table TEMPLATE.md prints as one");
		return table.blocks().get(0);
	}

	/** Equal lists, or a failure that names each entry in which TEMPLATE.md and the model differ. */
	private static void assertRows(List<String> template, List<String> model, String what) {
		if (template.equals(model)) {
			return;
		}
		List<String> differences = new ArrayList<>();
		for (int i = 0; i < Math.max(template.size(), model.size()); i++) {
			String written = i < template.size() ? template.get(i) : "(nothing)";
			String declared = i < model.size() ? model.get(i) : "(nothing)";
			if (!written.equals(declared)) {
				differences.add("#" + (i + 1) + "\n  TEMPLATE.md: " + written + "\n  model:       " + declared);
			}
		}
		fail(what + " differ from TEMPLATE.md:\n" + String.join("\n", differences));
	}

	// reading TEMPLATE.md

	/** The text under {@code ## heading} up to the next {@code ## }. */
	private static String section(String heading) {
		int start = markdown.indexOf("\n## " + heading + "\n");
		if (start < 0) {
			throw new AssertionError("TEMPLATE.md has no section \"## " + heading + "\"");
		}
		int body = markdown.indexOf('\n', start + 1) + 1;
		int end = markdown.indexOf("\n## ", body);
		return markdown.substring(body, end < 0 ? markdown.length() : end);
	}

	/** The paragraph (lines up to a blank line) that starts with {@code start}, joined with spaces. */
	private static String paragraph(String section, String start) {
		for (String paragraph : section.split("\n\\s*\n")) {
			if (paragraph.startsWith(start)) {
				return paragraph.replaceAll("\\s*\n\\s*", " ").strip();
			}
		}
		throw new AssertionError("TEMPLATE.md: no paragraph starting \"" + start + "\"");
	}

	/** The rest of the one line starting with {@code start}. */
	private static String line(String section, String start) {
		List<String> lines = section.lines().filter(l -> l.startsWith(start)).toList();
		assertEquals(1, lines.size(), "lines starting \"" + start + "\"");
		return lines.get(0).substring(start.length()).strip();
	}

	/** The section's only fenced code block. */
	private static String codeBlock(String section) {
		String[] parts = section.split("(?m)^```\\s*$", -1);
		if (parts.length != 3) {
			throw new AssertionError("TEMPLATE.md: expected one code block, found " + (parts.length - 1) / 2 + " in:\n" + section);
		}
		return parts[1].strip().isEmpty() ? "" : parts[1].replaceAll("^\n+|\n+$", "");
	}

	/**
	 * The section's only Markdown table: its body rows, cells trimmed. The header's first cells must start with the
	 * names given (null: any).
	 */
	private static List<List<String>> table(String section, String... header) {
		List<String> lines = section.lines().filter(l -> l.startsWith("|")).toList();
		if (lines.size() < 3 || !lines.get(1).matches("\\|( ?-+ ?\\|)+")) {
			throw new AssertionError("TEMPLATE.md: expected one table in:\n" + section);
		}
		List<String> names = cells(lines.get(0));
		assertEquals(header.length, names.size(), "columns of " + lines.get(0));
		for (int i = 0; i < header.length; i++) {
			if (header[i] != null && !names.get(i).startsWith(header[i])) {
				throw new AssertionError("TEMPLATE.md: table column " + (i + 1) + " is \"" + names.get(i) + "\", expected \"" + header[i] + "\"");
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (String line : lines.subList(2, lines.size())) {
			List<String> cells = cells(line);
			assertEquals(header.length, cells.size(), "cells of " + line);
			rows.add(cells);
		}
		return rows;
	}

	private static List<String> cells(String line) {
		String inner = line.strip().replaceAll("^\\||\\|$", "");
		return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
	}

	/** {@code `overview`} → overview. */
	private static String code(String cell) {
		if (!cell.matches("`[a-z-]+`")) {
			throw new AssertionError("TEMPLATE.md: expected a `keyword`, found " + cell);
		}
		return cell.substring(1, cell.length() - 1);
	}
}
