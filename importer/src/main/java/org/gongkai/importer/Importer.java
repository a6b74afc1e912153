package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.validation.TextNumbers;
import org.gongkai.language.validation.TextNumbers.Statement;

/**
 * Turns a published report into a {@code .gongkai} source: reads it ({@link PublishedReaders}), cuts it into tokens, finds
 * its parts, tells its format from its tables, reads every table through the template and the header facts and texts
 * from its paragraphs, and writes the source ({@link SourceWriter}).
 */
public final class Importer {

	/**
	 * What an import gives: the source text, and what the command line reports about it; {@code unread} are the cells
	 * printed but not read, by path ({@code apply.natural.new}), with why: they stay unwritten in the source.
	 */
	public record Imported(String source, String organ, Integer year, int format, int cells, int unsureCells,
			List<String> warnings, Map<String, String> unread) {

		/** What was found, as the command line and Eclipse say it: "某县人民政府，2023年度，格式 2021，120 格，存疑 2 格". */
		public String summary() {
			return (organ == null ? "机关未知" : organ) + "，" + (year == null ? "年度未知" : year + "年度") + "，格式 " + format + "，"
					+ cells + " 格" + (unsureCells > 0 ? "，存疑 " + unsureCells + " 格" : "");
		}
	}

	public static final String NO_REPORT = "未找到年度报告的表格";

	public static Imported importFile(Path file, boolean chinese) throws IOException {
		return imported(read(file), chinese);
	}

	/** The published file read as a document, by the reader of its kind ({@link PublishedReaders}). */
	static PublishedDocument read(Path file) throws IOException {
		return PublishedReaders.read(file);
	}

	/** @throws ImportProblem when the file holds no annual report's tables ({@link #NO_REPORT}) */
	public static Imported importFile(Path file, PublishedReader reader, boolean chinese) throws IOException {
		return imported(reader.read(file), chinese);
	}

	private static Imported imported(PublishedDocument document, boolean chinese) throws ImportProblem {
		ImportedReport report = recognise(document);
		int cells = report.tables().values().stream().mapToInt(ImportedTable::size).sum();
		List<String> warnings = new ArrayList<>(report.doubts());
		Map<String, String> unread = new LinkedHashMap<>();
		report.tables().forEach((part, table) -> table.unread()
				.forEach((place, why) -> unread.put(part + "." + place.column().keyword() + "." + place.row().keyword(), why)));
		return new Imported(SourceWriter.write(report, chinese), report.facts().organ(), report.facts().year(), report.format().id(),
				cells, report.unsureCells(), warnings, Collections.unmodifiableMap(unread));
	}

	static ImportedReport recognise(PublishedDocument published) throws ImportProblem {
		List<PartTemplate> parts = Formats.DEFAULT.parts();
		PublishedDocument document = SpacedColumns.of(GluedText.of(published, parts), parts);
		List<Block> blocks = document.blocks();
		List<Token> tokens = Tokens.of(document);
		int[] starts = Parts.locate(blocks, parts);
		List<String> all = paragraphs(blocks, 0, blocks.size());
		int firstPart = firstFound(starts);
		List<String> opening = paragraphs(blocks, 0, firstPart < 0 ? blocks.size() : firstPart);
		HeaderFacts facts = HeaderFacts.of(opening, all);
		List<String> overview = text(blocks, starts, 0, facts);
		if (facts.preamble() == null && overview != null && !overview.isEmpty() && PartTexts.isOpening(overview.get(0))) {
			// the opening paragraph printed under the heading of part 一 (a web page's layout)
			List<String> withOpening = new ArrayList<>(opening);
			withOpening.add(overview.get(0));
			facts = HeaderFacts.of(withOpening, all);
			overview = overview.subList(1, overview.size());
		}
		ReportFormat format = FormatGuess.of(range(tokens, starts, 1), facts.year());
		List<String> problems = text(blocks, starts, 4, facts);
		List<String> others = text(blocks, starts, 5, facts);
		// the counts the text states, for digits a crawler joined that split several ways
		List<Statement> stated = tokens.stream().noneMatch(Token::isRun) ? List.of()
				: TextNumbers.stated(Stream.of(opening, overview, problems, others).filter(Objects::nonNull).flatMap(List::stream)
						.collect(Collectors.joining("\n")));
		Map<String, ImportedTable> tables = new LinkedHashMap<>();
		for (int part = 0; part < parts.size(); part++) {
			PartTemplate template = format.parts().get(part);
			if (template.kind() == PartKind.TABLE && starts[part] >= 0) {
				List<Statement> ofPart = stated.stream().filter(s -> s.part().keyword().equals(template.keyword())).toList();
				tables.put(template.keyword(), TableReader.read(template.table(), range(tokens, starts, part), ofPart));
			}
		}
		if (tables.values().stream().allMatch(ImportedTable::isEmpty)) {
			throw new ImportProblem(NO_REPORT);
		}
		Map<Item, List<String>> topics = overview == null ? null : PartTexts.topics(overview, format.parts().get(0));
		return new ImportedReport(document.name(), format, facts, topics, overview, tables, problems, others);
	}

	private static List<Token> range(List<Token> tokens, int[] starts, int part) {
		if (starts[part] < 0) {
			return List.of();
		}
		int from = starts[part];
		int to = Parts.end(starts, part);
		return tokens.stream().filter(t -> t.line() > from && t.line() < to).toList();
	}

	private static List<String> text(List<Block> blocks, int[] starts, int part, HeaderFacts facts) {
		if (starts[part] < 0) {
			return null;
		}
		return PartTexts.paragraphs(paragraphs(blocks, starts[part] + 1, Parts.end(starts, part)), facts);
	}

	private static List<String> paragraphs(List<Block> blocks, int from, int to) {
		List<String> lines = new ArrayList<>();
		for (Block block : blocks.subList(from, to)) {
			if (block instanceof Paragraph paragraph) {
				lines.add(paragraph.text());
			}
		}
		return lines;
	}

	private static int firstFound(int[] starts) {
		for (int i = 0; i < starts.length - 1; i++) {
			if (starts[i] >= 0) {
				return starts[i];
			}
		}
		return -1;
	}

	private Importer() {
	}
}
