package org.gongkai.language.report;

import static org.gongkai.language.template.Vocabulary.ACTIVE;
import static org.gongkai.language.template.Vocabulary.APPLY;
import static org.gongkai.language.template.Vocabulary.CARRIED;
import static org.gongkai.language.template.Vocabulary.NEXT;
import static org.gongkai.language.template.Vocabulary.NORMATIVE;
import static org.gongkai.language.template.Vocabulary.RULES;
import static org.gongkai.language.template.Vocabulary.VALID;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.Prefill;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.ReportScope;
import org.gongkai.language.template.Skeleton;
import org.gongkai.language.template.TableTemplate;

/**
 * Next year's report started from this year's: the skeleton of {@code gongkai new} for the same organ, level and scope,
 * naming this report as {@code previous}, with its website and contact, each applicant column's 上年结转 set to this
 * year's 结转下年度, and 现行有效件数 of 规章 and 行政规范性文件 set to this year's (so {@code previous.carried} and
 * {@code previous.valid} hold until the year's own numbers are written). Nothing else is taken over: the texts and
 * the year's numbers are new every year.
 */
public final class NextYear {

	/** Why a report gives no next year (after its name): it does not say its organ and year. */
	public static final String NO_ORGAN_OR_YEAR = "没有写明机关（organ）和年度（year），无法由它开始下一年度的报告";

	/** The report's organ and year, without which there is no next year to start. */
	public record Start(String organ, int year, String fileName, String text) {
	}

	/** @return empty when the report does not say its organ and year ({@link #NO_ORGAN_OR_YEAR}) */
	public static Optional<Start> of(ReportView last) {
		if (last.organ().filter(o -> !o.isEmpty()).isEmpty() || last.year().isEmpty()) {
			return Optional.empty();
		}
		String organ = last.organ().get();
		int year = last.year().get() + 1;
		ReportFormat format = Formats.ALL.stream().filter(f -> f.isMeantFor(year)).findFirst().orElse(Formats.DEFAULT);
		String text = Skeleton.of(organ, year, format, last.level(), prefill(last, format));
		return Optional.of(new Start(organ, year, Skeleton.fileName(organ, year), text));
	}

	private static Prefill prefill(ReportView last, ReportFormat format) {
		Map<String, String> header = new LinkedHashMap<>();
		if (last.scope().equals(ReportScope.AREA)) {
			header.put("scope", ReportScope.AREA.term().keyword());
		}
		header.put("previous", Skeleton.literal(last.report().getName()));
		for (HeaderKey key : List.of(HeaderKey.WEBSITE, HeaderKey.CONTACT)) {
			last.headerText(key).filter(text -> !text.isBlank()).ifPresent(text -> header.put(key.getLiteral(), Skeleton.literal(text)));
		}
		Map<String, Map<String, Map<String, String>>> cells = new LinkedHashMap<>();
		Map<String, Map<String, String>> active = cells(last, format, ACTIVE.keyword(), VALID.keyword(), VALID.keyword(),
				List.of(RULES.keyword(), NORMATIVE.keyword()));
		Map<String, Map<String, String>> apply = cells(last, format, APPLY.keyword(), NEXT.keyword(), CARRIED.keyword(),
				format.table(APPLY.keyword()).columns().stream().filter(c -> !isTotal(format.table(APPLY.keyword()), c))
						.map(Item::keyword).toList());
		if (!active.isEmpty()) {
			cells.put(ACTIVE.keyword(), active);
		}
		if (!apply.isEmpty()) {
			cells.put(APPLY.keyword(), apply);
		}
		String comment = String.format("由上年报告「%s」开始：上年结转取自其结转下年度，现行有效件数取自其现行有效件数；本年的数字请另行填写。",
				last.report().getName());
		return new Prefill(List.of(comment), header, cells);
	}

	/** Column → {@code to} → last year's {@code from}, for the columns whose value is not 0. */
	private static Map<String, Map<String, String>> cells(ReportView last, ReportFormat format, String part, String from, String to,
			List<String> columns) {
		Map<String, Map<String, String>> cells = new LinkedHashMap<>();
		TableView lastTable = last.table(part);
		if (lastTable == null || format.table(part).row(to).isEmpty()) {
			return cells;
		}
		for (String column : columns) {
			Optional<BigDecimal> value = lastTable.cell(column, from).map(CellView::value).filter(v -> v.signum() != 0);
			value.ifPresent(v -> cells.put(column, Map.of(to, v.stripTrailingZeros().toPlainString())));
		}
		return cells;
	}

	private static boolean isTotal(TableTemplate table, Item column) {
		return table.totalColumn().filter(column::equals).isPresent();
	}

	private NextYear() {
	}
}
