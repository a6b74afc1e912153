package org.gongkai.language.validation;

import static org.gongkai.language.template.Vocabulary.ACTIVE;
import static org.gongkai.language.template.Vocabulary.APPLY;
import static org.gongkai.language.template.Vocabulary.CARRIED;
import static org.gongkai.language.template.Vocabulary.DIRECT_SUIT;
import static org.gongkai.language.template.Vocabulary.MADE;
import static org.gongkai.language.template.Vocabulary.NEW;
import static org.gongkai.language.template.Vocabulary.NORMATIVE;
import static org.gongkai.language.template.Vocabulary.RECONSIDERATION;
import static org.gongkai.language.template.Vocabulary.REPEALED;
import static org.gongkai.language.template.Vocabulary.REVIEW;
import static org.gongkai.language.template.Vocabulary.RULES;
import static org.gongkai.language.template.Vocabulary.SUIT_AFTER_REVIEW;
import static org.gongkai.language.template.Vocabulary.TOTAL;
import static org.gongkai.language.template.Vocabulary.VALID;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.Term;

/**
 * Counts a text states as plain numbers about the organ as a whole, read against the tables (rule text.number,
 * LANGUAGE.md §5): "共受理/收到…申请N件" is 本年新收 of the total column (plus 上年结转 when the sentence says it includes
 * it), "行政复议N件" and "行政诉讼N件" part 四's totals, 规范性文件 制发/废止/现行有效 N件 part 二's row. A sentence is read only up
 * to "其中" (what follows counts a part), and not at all when it speaks "代表" another body. The importer reads the same
 * statements ({@link #stated(String)}) where a table's digits leave a cell open.
 */
public final class TextNumbers {

	/** A count a text states and the table's value for it; {@code path} names the one cell, when it is one cell. */
	record Claim(int offset, int length, BigDecimal stated, BigDecimal table, String label, Optional<String> path) {
		boolean contradicts() {
			return stated.compareTo(table) != 0;
		}
	}

	/**
	 * A count a text states, before any table is looked at: where it stands in the text, the number, the words that
	 * state it, and the cells of a part (column, row) whose sum it is.
	 */
	public record Statement(int offset, int length, BigDecimal stated, String words, String label, Term part, List<Counted> cells) {

		/** The one cell it states ({@code active.normative.made}); empty when it states a sum of several. */
		public Optional<String> path() {
			return cells.size() == 1 ? Optional.of(part.keyword() + "." + cells.get(0).column().keyword() + "." + cells.get(0).row().keyword())
					: Optional.empty();
		}
	}

	/** A cell a statement counts, by its column and row. */
	public record Counted(Term column, Term row) {
	}

	/** A count of 规范性文件 and the field of part 二's row it is. */
	private record NormativeCount(Pattern pattern, Term field) {
	}

	private static final char COUNT_WORD = '件';
	private static final String NUMBER = "(\\d{1,9})" + COUNT_WORD;
	/** What RECEIVED needs before it can match: a sentence without it is not read for it. */
	private static final String REQUEST = "申请";
	/** Words that may stand between a keyword and its number without changing what is counted. */
	private static final String FILLER = "(?:案件|事项)?(?:共|为|：|:)?";
	private static final Pattern RECEIVED = Pattern.compile("(?:受理|收到)[^。；;，,0-9]*?" + REQUEST + "[^。；;，,、0-9]{0,12}?" + NUMBER);
	private static final List<String> INCLUDES_CARRIED = Stream.of("含", "包括", "包含").map(verb -> verb + CARRIED.alias()).toList();
	/** Part 四's columns of 行政诉讼: their group's label is what a text calls them together. */
	private static final List<Item> SUITS = Stream.of(DIRECT_SUIT, SUIT_AFTER_REVIEW)
			.map(column -> Formats.DEFAULT.part(REVIEW.keyword()).orElseThrow().table().column(column.keyword()).orElseThrow())
			.toList();
	private static final String LITIGATION = SUITS.get(0).groups().get(0).label();
	private static final Pattern RECONSIDERED = Pattern.compile(RECONSIDERATION.alias() + FILLER + NUMBER);
	private static final String RECEIVED_LABEL = NEW.alias() + "（" + TOTAL.alias() + "）";
	private static final String RECEIVED_AND_CARRIED_LABEL = NEW.alias() + " + " + CARRIED.alias() + "（" + TOTAL.alias() + "）";
	private static final String RECONSIDERED_LABEL = RECONSIDERATION.alias() + TOTAL.alias();
	private static final String LITIGATED_LABEL = LITIGATION + TOTAL.alias() + "（" + SUITS.stream().map(Item::label).collect(Collectors.joining(" + "))
			+ "）";
	private static final Pattern LITIGATED = Pattern.compile(LITIGATION + FILLER + NUMBER);
	private static final List<NormativeCount> NORMATIVE_COUNTS = List.of(
			new NormativeCount(Pattern.compile("(?:制发|印发|出台)([^。；;，,、0-9]{0,8}?)" + NUMBER), MADE),
			new NormativeCount(Pattern.compile("(?:废止|失效)([^。；;，,、0-9]{0,8}?)" + NUMBER), REPEALED),
			new NormativeCount(Pattern.compile(VALID.alias() + "([^。；;，,、0-9]{0,8}?)" + NUMBER), VALID));

	private TextNumbers() {
	}

	/** The claims of a text (offsets in its source) that the view's tables can answer. */
	static List<Claim> in(TextScan.Text text, ReportView view) {
		List<Claim> claims = new ArrayList<>(0);
		for (TextScan.Sentence sentence : text.sentences()) {
			// every count stated is "N件": a sentence without 件 states none
			if (sentence.wholeHas(COUNT_WORD)) {
				for (Statement statement : statements(sentence)) {
					claim(statement, view).ifPresent(claims::add);
				}
			}
		}
		return claims;
	}

	/** The counts a plain text states (offsets in it), whatever the tables say. */
	public static List<Statement> stated(String text) {
		List<Statement> stated = new ArrayList<>(0);
		for (TextScan.Sentence sentence : TextScan.sentences(text)) {
			if (sentence.wholeHas(COUNT_WORD)) {
				stated.addAll(statements(sentence));
			}
		}
		return stated;
	}

	private static List<Statement> statements(TextScan.Sentence sentence) {
		List<Statement> statements = new ArrayList<>(0);
		String whole = sentence.whole();
		int start = sentence.start();
		if (whole.contains(REQUEST)) {
			if (INCLUDES_CARRIED.stream().anyMatch(sentence.text()::contains)) {
				find(RECEIVED, whole, start, RECEIVED_AND_CARRIED_LABEL, APPLY, List.of(cell(TOTAL, NEW), cell(TOTAL, CARRIED)), statements);
			} else {
				find(RECEIVED, whole, start, RECEIVED_LABEL, APPLY, List.of(cell(TOTAL, NEW)), statements);
			}
		}
		if (whole.contains(RECONSIDERATION.alias())) {
			find(RECONSIDERED, whole, start, RECONSIDERED_LABEL, REVIEW, List.of(cell(RECONSIDERATION, TOTAL)), statements);
		}
		if (whole.contains(LITIGATION)) {
			find(LITIGATED, whole, start, LITIGATED_LABEL, REVIEW, List.of(cell(DIRECT_SUIT, TOTAL), cell(SUIT_AFTER_REVIEW, TOTAL)),
					statements);
		}
		if (NORMATIVE.aliases().stream().anyMatch(whole::contains)) {
			for (NormativeCount count : NORMATIVE_COUNTS) {
				find(count.pattern(), whole, start, NORMATIVE.alias() + "·" + count.field().alias(), ACTIVE,
						List.of(cell(NORMATIVE, count.field())), statements);
			}
		}
		return statements;
	}

	/** Adds a statement for each match; the numbers between keyword and count must not be 规章's. */
	private static void find(Pattern pattern, String sentence, int base, String label, Term part, List<Counted> cells, List<Statement> out) {
		Matcher m = pattern.matcher(sentence);
		while (m.find()) {
			if (m.groupCount() > 1 && m.group(1).contains(RULES.alias())) {
				continue;
			}
			int number = m.groupCount();
			out.add(new Statement(base + m.start(number), m.end(number) - m.start(number), new BigDecimal(m.group(number)), m.group(),
					label, part, cells));
		}
	}

	/** The statement against the view's table, when the table has all its cells. */
	private static Optional<Claim> claim(Statement statement, ReportView view) {
		TableView table = view.table(statement.part().keyword());
		if (table.section() == null || !table.isComplete()) {
			return Optional.empty();
		}
		BigDecimal value = BigDecimal.ZERO;
		for (Counted cell : statement.cells()) {
			Optional<CellView> found = table.cell(cell.column().keyword(), cell.row().keyword());
			if (found.isEmpty()) {
				return Optional.empty();
			}
			value = value.add(found.get().value());
		}
		return Optional.of(new Claim(statement.offset(), statement.length(), statement.stated(), value, statement.label(), statement.path()));
	}

	private static Counted cell(Term column, Term row) {
		return new Counted(column, row);
	}
}
