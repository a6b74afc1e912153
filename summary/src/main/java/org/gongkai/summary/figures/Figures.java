package org.gongkai.summary.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.template.Term;
import org.gongkai.language.template.Vocabulary;
import org.gongkai.summary.data.Cell;
import org.gongkai.summary.data.CellIndex;

/**
 * The figures of the summary, read off the template model: part 三's applications (本年新收, 上年结转, the outcomes by
 * their groups, 总计, 结转下年度) in the total column; part 四's 行政复议 and 行政诉讼 (the columns under one group summed);
 * every cell of part 二 (a figure of format 2019 alone has no value in a format 2021 report, and the other way round).
 */
public final class Figures {

	public static final String NEW = "apply.new";
	public static final String CARRIED = "apply.carried";
	public static final String HANDLED = "apply.total";

	private final List<Figure> all = new ArrayList<>();
	private final List<Figure> outcomes = new ArrayList<>();
	private final List<Figure> review = new ArrayList<>();
	private final List<Figure> active = new ArrayList<>();
	private final Map<String, Figure> byKey = new LinkedHashMap<>();

	public static final Figures ALL = new Figures();

	private Figures() {
		String apply = Vocabulary.APPLY.keyword();
		String total = Vocabulary.TOTAL.keyword();
		add(all, applyRow(Vocabulary.NEW, NEW));
		add(all, applyRow(Vocabulary.CARRIED, CARRIED));
		Map<String, Map<Integer, List<Cell>>> byOutcome = new LinkedHashMap<>();
		for (ReportFormat format : Formats.ALL) {
			TableTemplate table = format.table(apply);
			for (Item row : table.totalRowTerms()) {
				String label = row.groups().size() > 1 ? row.groups().get(1).label() : row.term().alias();
				cells(byOutcome, label, format).add(CellIndex.of(format).cell(apply + "." + total + "." + row.keyword()).orElseThrow());
			}
		}
		byOutcome.forEach((label, cells) -> add(outcomes, new Figure("apply.outcome." + label, label, Figure.PIECES, cells)));
		add(all, applyRow(Vocabulary.TOTAL, HANDLED));
		add(all, applyRow(Vocabulary.NEXT, "apply.next"));
		Map<String, Map<Integer, List<Cell>>> byReview = new LinkedHashMap<>();
		Map<String, String> reviewLabels = new LinkedHashMap<>();
		for (ReportFormat format : Formats.ALL) {
			for (Cell cell : CellIndex.of(format).cells()) {
				if (cell.part().keyword().equals(Vocabulary.REVIEW.keyword())) {
					String key = review(body(cell.column()), cell.row().keyword());
					reviewLabels.put(key, body(cell.column()) + "·" + cell.row().label());
					cells(byReview, key, format).add(cell);
				}
			}
		}
		byReview.forEach((key, cells) -> add(review, new Figure(key, reviewLabels.get(key), Figure.PIECES, cells)));
		// newest format first, so that a figure both formats have takes the current format's label
		Map<Cell, Map<Integer, List<Cell>>> byActive = new LinkedHashMap<>();
		List<ReportFormat> newestFirst = new ArrayList<>(Formats.ALL);
		Collections.reverse(newestFirst);
		for (ReportFormat format : newestFirst) {
			for (Cell cell : CellIndex.of(format).cells()) {
				if (cell.part().keyword().equals(Vocabulary.ACTIVE.keyword())) {
					Cell first = byActive.keySet().stream().filter(cell::meansTheSame).findFirst().orElse(cell);
					byActive.computeIfAbsent(first, c -> new LinkedHashMap<>()).put(format.id(), List.of(cell));
				}
			}
		}
		byActive.forEach((cell, cells) -> add(active, new Figure("active." + cell.column().keyword() + "." + cell.row().keyword()
				+ (cells.size() == 1 ? "." + cells.keySet().iterator().next() : ""), cell.column().label() + "·" + cell.row().label(),
				cell.isAmount() ? Figure.WAN_YUAN : Figure.PIECES, cells)));
	}

	/** The body that decided a review column: 行政复议, or 行政诉讼 for both kinds of suit (the group they print under). */
	public static String body(Item column) {
		return column.groups().isEmpty() ? column.label() : column.groups().get(0).label();
	}

	/** The key of a part 四 figure: {@code review.行政复议.corrected}. */
	public static String review(String body, String field) {
		return "review." + body + "." + field;
	}

	private static List<Cell> cells(Map<String, Map<Integer, List<Cell>>> byLabel, String label, ReportFormat format) {
		return byLabel.computeIfAbsent(label, l -> new LinkedHashMap<>()).computeIfAbsent(format.id(), f -> new ArrayList<>());
	}

	private Figure applyRow(Term row, String key) {
		Map<Integer, List<Cell>> cells = new LinkedHashMap<>();
		String label = null;
		for (ReportFormat format : Formats.ALL) {
			Cell cell = CellIndex.of(format).cell(Vocabulary.APPLY.keyword() + "." + Vocabulary.TOTAL.keyword() + "." + row.keyword())
					.orElseThrow();
			cells.put(format.id(), List.of(cell));
			label = row == Vocabulary.TOTAL ? cell.row().groups().get(0).label() + cell.row().label() : row.alias();
		}
		return new Figure(key, label, Figure.PIECES, cells);
	}

	private void add(List<Figure> group, Figure figure) {
		group.add(figure);
		if (group != all) {
			all.add(figure);
		}
		byKey.put(figure.key(), figure);
	}

	public List<Figure> all() {
		return all;
	}

	/** 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理: they sum to 办理结果总计. */
	public List<Figure> outcomes() {
		return outcomes;
	}

	public List<Figure> review() {
		return review;
	}

	public List<Figure> active() {
		return active;
	}

	public Figure get(String key) {
		return byKey.get(key);
	}

}
