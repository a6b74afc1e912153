package org.gongkai.language.validation;

import static org.gongkai.language.template.Vocabulary.ACTIVE;
import static org.gongkai.language.template.Vocabulary.APPLY;
import static org.gongkai.language.template.Vocabulary.CARRIED;
import static org.gongkai.language.template.Vocabulary.MADE;
import static org.gongkai.language.template.Vocabulary.NEXT;
import static org.gongkai.language.template.Vocabulary.NORMATIVE;
import static org.gongkai.language.template.Vocabulary.REPEALED;
import static org.gongkai.language.template.Vocabulary.RULES;
import static org.gongkai.language.template.Vocabulary.VALID;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Previous;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.PreviousReports;
import org.gongkai.language.report.PreviousReports.Lookup;
import org.gongkai.language.report.ReportKeys;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.Item;

import com.google.inject.Inject;

/** Rules across years: last year's report is found, is last year's and of the same organ, and its numbers carry over. */
public class PreviousYearRules extends ReportRules {

	@Inject
	private PreviousReports previousReports;

	@Check
	public void previousUnresolved(Report report) {
		Lookup lookup = previousReports.find(report);
		if (lookup.report().isEmpty() && lookup.named().isPresent()) {
			Previous previous = lookup.named().get();
			warning(String.format("找不到名为「%s」的上年报告：跨年度的检查（上年结转、现行有效件数）已跳过",
					Sources.text(previous, GongkaiPackage.Literals.PREVIOUS__REPORT).replace("\"", "")), previous,
					GongkaiPackage.Literals.PREVIOUS__REPORT, IssueCodes.PREVIOUS_UNRESOLVED);
		}
	}

	@Check
	public void previousYear(Report report) {
		Lookup lookup = previousReports.find(report);
		ReportView view = view(report);
		if (lookup.report().isEmpty() || lookup.named().isEmpty() || view.year().isEmpty()) {
			return;
		}
		Optional<Integer> lastYear = view(lookup.report().get()).year();
		if (lastYear.isPresent() && lastYear.get() != view.year().get() - 1) {
			error(String.format("上年报告应为 %d 年度的报告，「%s」是 %d 年度的", view.year().get() - 1,
					lookup.report().get().getName(), lastYear.get()), lookup.named().get(),
					GongkaiPackage.Literals.PREVIOUS__REPORT, IssueCodes.PREVIOUS_YEAR);
		}
	}

	@Check
	public void previousOrgan(Report report) {
		Lookup lookup = previousReports.find(report);
		if (lookup.report().isEmpty() || lookup.named().isEmpty()) {
			return;
		}
		Optional<String> organ = view(report).organ();
		Optional<String> lastOrgan = view(lookup.report().get()).organ();
		if (organ.isPresent() && lastOrgan.isPresent()
				&& !ReportKeys.normalizeOrgan(organ.get()).equals(ReportKeys.normalizeOrgan(lastOrgan.get()))) {
			warning(String.format("上年报告的机关是「%s」，本报告是「%s」", lastOrgan.get(), organ.get()), lookup.named().get(),
					GongkaiPackage.Literals.PREVIOUS__REPORT, IssueCodes.PREVIOUS_ORGAN);
		}
	}

	@Check
	public void previousCarried(Report report) {
		Optional<ReportView> last = lastYear(report);
		if (last.isEmpty()) {
			return;
		}
		TableView table = view(report).table(APPLY.keyword());
		TableView lastTable = last.get().table(APPLY.keyword());
		Item carried = table.template().row(CARRIED.keyword()).orElseThrow();
		for (Item column : table.template().columns()) {
			Optional<CellView> lastNext = lastTable.cell(column.keyword(), NEXT.keyword());
			CellView now = table.cell(column, carried);
			boolean computedTotal = table.template().totalColumn().filter(column::equals).isPresent() && !now.state().isWritten();
			if (computedTotal) {
				continue; // follows from the columns, each reported on its own
			}
			if (lastNext.isPresent() && now.value().compareTo(lastNext.get().value()) != 0) {
				warningOnCell(table, now, String.format("%s（%s）为 %s，但上年报告「%s」的%s为 %s", carried.term().alias(),
						column.label(), Numbers.plain(now.value()), last.get().report().getName(), lastNext.get().row().label(),
						Numbers.plain(lastNext.get().value())), IssueCodes.PREVIOUS_CARRIED, Numbers.plain(lastNext.get().value()),
						column.keyword());
			}
		}
	}

	@Check
	public void previousValid(Report report) {
		Optional<ReportView> last = lastYear(report);
		ReportView view = view(report);
		TableView table = view.table(ACTIVE.keyword());
		if (last.isEmpty() || table.template().row(VALID.keyword()).isEmpty()
				|| last.get().table(ACTIVE.keyword()).template().row(VALID.keyword()).isEmpty()) {
			return;
		}
		TableView lastTable = last.get().table(ACTIVE.keyword());
		for (String document : List.of(RULES.keyword(), NORMATIVE.keyword())) {
			Item column = table.template().column(document).orElseThrow();
			BigDecimal lastValid = lastTable.cell(document, VALID.keyword()).orElseThrow().value();
			BigDecimal made = table.cell(document, MADE.keyword()).orElseThrow().value();
			BigDecimal repealed = table.cell(document, REPEALED.keyword()).orElseThrow().value();
			BigDecimal expected = lastValid.add(made).subtract(repealed);
			CellView valid = table.cell(document, VALID.keyword()).orElseThrow();
			if (valid.value().compareTo(expected) != 0) {
				warningOnCell(table, valid, String.format("%s现行有效件数为 %s，但上年 %s + 本年制发 %s − 本年废止 %s = %s（修订也可能造成差异）",
						column.label(), Numbers.plain(valid.value()), Numbers.plain(lastValid), Numbers.plain(made),
						Numbers.plain(repealed), Numbers.plain(expected)), IssueCodes.PREVIOUS_VALID, Numbers.plain(expected));
			}
		}
	}

	/** Last year's report when it is found and really last year's; otherwise the cross-year rules are skipped. */
	private Optional<ReportView> lastYear(Report report) {
		Optional<Report> last = previousReports.find(report).report();
		ReportView view = view(report);
		if (last.isEmpty() || view.year().isEmpty()) {
			return Optional.empty();
		}
		ReportView lastView = view(last.get());
		return lastView.year().filter(y -> y == view.year().get() - 1).map(y -> lastView);
	}
}
