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
 * to "其中" (what follows counts a part), and not at all when it speaks "代表" another body.
 */
final class TextNumbers {

	/** A count a text states and the table's value for it; {@code path} names the one cell, when it is one cell. */
	record Claim(int offset, int length, BigDecimal stated, BigDecimal table, String label, Optional<String> path) {
		boolean contradicts() {
			return stated.compareTo(table) != 0;
		}
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
				sentence(sentence, view, claims);
			}
		}
		return claims;
	}

	private static void sentence(TextScan.Sentence sentence, ReportView view, List<Claim> claims) {
		String whole = sentence.whole();
		int start = sentence.start();
		if (whole.contains(REQUEST)) {
			TableView apply = view.table(APPLY.keyword());
			String all = sentence.text();
			if (INCLUDES_CARRIED.stream().anyMatch(all::contains)) {
				find(RECEIVED, whole, start, claims, apply, RECEIVED_AND_CARRIED_LABEL, Optional.empty(),
						List.of(cell(apply, TOTAL, NEW), cell(apply, TOTAL, CARRIED)));
			} else {
				find(RECEIVED, whole, start, claims, apply, RECEIVED_LABEL, path(APPLY, TOTAL, NEW), List.of(cell(apply, TOTAL, NEW)));
			}
		}
		if (whole.contains(RECONSIDERATION.alias())) {
			TableView review = view.table(REVIEW.keyword());
			find(RECONSIDERED, whole, start, claims, review, RECONSIDERED_LABEL, path(REVIEW, RECONSIDERATION, TOTAL),
					List.of(cell(review, RECONSIDERATION, TOTAL)));
		}
		if (whole.contains(LITIGATION)) {
			TableView review = view.table(REVIEW.keyword());
			find(LITIGATED, whole, start, claims, review, LITIGATED_LABEL, Optional.empty(),
					List.of(cell(review, DIRECT_SUIT, TOTAL), cell(review, SUIT_AFTER_REVIEW, TOTAL)));
		}
		if (NORMATIVE.aliases().stream().anyMatch(whole::contains)) {
			TableView active = view.table(ACTIVE.keyword());
			for (NormativeCount count : NORMATIVE_COUNTS) {
				find(count.pattern(), whole, start, claims, active, NORMATIVE.alias() + "·" + count.field().alias(),
						path(ACTIVE, NORMATIVE, count.field()), List.of(cell(active, NORMATIVE, count.field())));
			}
		}
	}

	/** Adds a claim for each match whose cells the table has; the numbers between keyword and count must not be 规章's. */
	private static void find(Pattern pattern, String sentence, int base, List<Claim> claims, TableView table, String label,
			Optional<String> path, List<Optional<CellView>> cells) {
		if (table.section() == null || !table.isComplete() || cells.stream().anyMatch(Optional::isEmpty)) {
			return;
		}
		BigDecimal value = cells.stream().map(c -> c.get().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
		Matcher m = pattern.matcher(sentence);
		while (m.find()) {
			if (m.groupCount() > 1 && m.group(1).contains(RULES.alias())) {
				continue;
			}
			int number = m.groupCount();
			claims.add(new Claim(base + m.start(number), m.end(number) - m.start(number), new BigDecimal(m.group(number)),
					value, label, path));
		}
	}

	private static Optional<CellView> cell(TableView table, Term column, Term row) {
		return table.cell(column.keyword(), row.keyword());
	}

	private static Optional<String> path(Term part, Term column, Term row) {
		return Optional.of(part.keyword() + "." + column.keyword() + "." + row.keyword());
	}
}
