package org.gongkai.importer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.language.formatting2.DisplayWidth;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.Skeleton;
import org.gongkai.language.template.Term;
import org.gongkai.language.template.Vocabulary;

/**
 * Writes an imported report as a {@code .gongkai} source, in English keywords or their Chinese aliases, laid out as
 * the formatter lays it out (two spaces a level, header values and a table's first cells aligned); every cell as
 * printed, the importer's doubts as {@code // 导入：…} comments above the column that holds the cells.
 */
final class SourceWriter {

	private static final String INDENT = Skeleton.INDENT;
	private final boolean chinese;
	private final StringBuilder out = new StringBuilder();

	private SourceWriter(boolean chinese) {
		this.chinese = chinese;
	}

	static String write(ImportedReport report, boolean chinese) {
		return new SourceWriter(chinese).report(report);
	}

	private String report(ImportedReport report) {
		HeaderFacts facts = report.facts();
		out.append("// 导入自 ").append(oneLine(report.file())).append('\n');
		report.doubts().forEach(doubt -> out.append("// ").append(oneLine(doubt)).append('\n'));
		String name = (facts.organ() == null ? "" : facts.organ()) + (facts.year() == null ? "" : facts.year());
		out.append(word(Vocabulary.REPORT)).append(' ').append(literal(name.isEmpty() ? report.file() : name)).append(" {\n");
		List<String[]> header = new ArrayList<>();
		if (facts.organ() != null) {
			header.add(entry(Vocabulary.ORGAN, literal(facts.organ())));
		}
		if (facts.year() != null) {
			header.add(entry(Vocabulary.YEAR, facts.year().toString()));
		}
		header.add(entry(Vocabulary.FORMAT, String.valueOf(report.format().id())));
		OrganLevel.unreadFromName(facts.organ()).ifPresent(level -> header.add(entry(Vocabulary.LEVEL, word(level.term()))));
		if (facts.issued() != null) {
			header.add(entry(Vocabulary.ISSUED, facts.issued().format(DateTimeFormatter.ISO_LOCAL_DATE)));
		}
		if (facts.website() != null) {
			header.add(entry(Vocabulary.WEBSITE, literal(facts.website())));
		}
		if (facts.contact() != null) {
			header.add(entry(Vocabulary.CONTACT, literal(facts.contact())));
		}
		if (facts.preamble() != null) {
			header.add(entry(Vocabulary.PREAMBLE, text(List.of(facts.preamble().split("\n")), 2)));
		}
		int width = header.stream().mapToInt(e -> DisplayWidth.of(e[0])).max().orElse(0);
		for (String[] entry : header) {
			out.append(INDENT).append(entry[0]).append(" ".repeat(width - DisplayWidth.of(entry[0]) + 1)).append(entry[1]).append('\n');
		}
		for (PartTemplate part : report.format().parts()) {
			switch (part.kind()) {
			case TOPICS -> overview(part, report);
			case TABLE -> table(part, report.tables().get(part.keyword()));
			case TEXT -> textPart(part, part.keyword().equals(Vocabulary.PROBLEMS.keyword()) ? report.problems() : report.other());
			}
		}
		return out.append("}\n").toString();
	}

	private void overview(PartTemplate part, ImportedReport report) {
		if (report.topics() != null) {
			out.append('\n').append(INDENT).append(section(part)).append(" {\n");
			int width = report.topics().keySet().stream().mapToInt(t -> DisplayWidth.of(word(t.term()))).max().orElse(0);
			for (Map.Entry<Item, List<String>> topic : report.topics().entrySet()) {
				String key = word(topic.getKey().term());
				out.append(INDENT).append(INDENT).append(key).append(" ".repeat(width - DisplayWidth.of(key) + 1))
						.append(text(topic.getValue(), 3)).append('\n');
			}
			out.append(INDENT).append("}\n");
		} else {
			textPart(part, report.overview());
		}
	}

	private void textPart(PartTemplate part, List<String> paragraphs) {
		if (paragraphs != null && !paragraphs.isEmpty()) {
			out.append('\n').append(INDENT).append(section(part)).append(' ').append(text(paragraphs, 2)).append('\n');
		}
	}

	private void table(PartTemplate part, ImportedTable table) {
		if (table == null) {
			return;
		}
		List<Item> columns = table.template.columns().stream().filter(c -> !table.column(c).isEmpty() || !table.doubts(c).isEmpty())
				.toList();
		out.append('\n').append(INDENT).append(section(part));
		if (columns.isEmpty()) {
			out.append(" < >\n");
			return;
		}
		out.append(" <\n");
		int width = columns.stream().filter(c -> !table.column(c).isEmpty()).mapToInt(c -> DisplayWidth.of(word(c.term()) + ":") + 1)
				.max().orElse(0);
		for (Item column : columns) {
			for (String doubt : table.doubts(column)) {
				out.append(INDENT).append(INDENT).append("// ").append(oneLine(doubt)).append('\n');
			}
			Map<Item, Value> cells = table.column(column);
			if (cells.isEmpty()) {
				continue;
			}
			String key = word(column.term()) + ":";
			out.append(INDENT).append(INDENT).append(key).append(" ".repeat(width - DisplayWidth.of(key)));
			out.append(cells.entrySet().stream().map(cell -> word(cell.getKey().term()) + " " + value(cell.getValue()))
					.collect(Collectors.joining(", ")));
			out.append('\n');
		}
		out.append(INDENT).append(">\n");
	}

	private static String value(Value value) {
		return value.note() == null ? value.written() : value.written() + " " + literal(value.note());
	}

	private String section(PartTemplate part) {
		return word(Vocabulary.SECTION) + " " + word(part.term());
	}

	private String[] entry(Term key, String value) {
		return new String[] { word(key), value };
	}

	private String word(Term term) {
		return chinese ? term.alias() : term.keyword();
	}

	/** Paragraphs as one string literal: a blank line between them, continuation lines indented. */
	private static String text(List<String> paragraphs, int level) {
		String indent = INDENT.repeat(level);
		return paragraphs.stream().map(SourceWriter::escaped).collect(Collectors.joining("\n\n" + indent, "\"", "\""));
	}

	static String literal(String text) {
		return '"' + escaped(oneLine(text)) + '"';
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${");
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ");
	}
}
