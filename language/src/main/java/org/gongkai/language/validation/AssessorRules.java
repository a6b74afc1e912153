package org.gongkai.language.validation;

import static org.gongkai.language.template.Vocabulary.ACTIVE;
import static org.gongkai.language.template.Vocabulary.MADE;
import static org.gongkai.language.template.Vocabulary.NORMATIVE;
import static org.gongkai.language.template.Vocabulary.OTHER_MATTERS;
import static org.gongkai.language.template.Vocabulary.OVERVIEW;
import static org.gongkai.language.template.Vocabulary.PROBLEMS;
import static org.gongkai.language.template.Vocabulary.PREAMBLE;
import static org.gongkai.language.template.Vocabulary.PRODUCED;
import static org.gongkai.language.template.Vocabulary.PUBLIC_TOTAL;
import static org.gongkai.language.template.Vocabulary.PUBLISHED;
import static org.gongkai.language.template.Vocabulary.REPEALED;
import static org.gongkai.language.template.Vocabulary.RULES;
import static org.gongkai.language.template.Vocabulary.VALID;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.report.TextView;
import org.gongkai.language.template.AssessorFacts;
import org.gongkai.language.template.AssessorFacts.NoticeCitation;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Placeholder;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.Term;

/**
 * What an assessor checks beyond the arithmetic, each rule citing its source (LANGUAGE.md §5): who may make 规章, the
 * parts a report must speak of (考核, 信息处理费), and the format's notice the preamble cites.
 */
public class AssessorRules extends ReportRules {

	/** The cells of part 二's 规章 row that count 规章 made, repealed, in force (2021) or made and published (2019). */
	private static final List<Term> RULES_COUNTS = List.of(MADE, REPEALED, VALID, PRODUCED, PUBLISHED, PUBLIC_TOTAL);

	@Check
	public void activeRulesAuthority(Report report) {
		ReportView view = view(report);
		TableView active = view.table(ACTIVE.keyword());
		if (active.section() == null || !active.isComplete()) {
			return;
		}
		List<CellView> printed = new ArrayList<>(0);
		for (Term field : RULES_COUNTS) {
			active.cell(RULES.keyword(), field.keyword()).filter(c -> c.value().signum() != 0).ifPresent(printed::add);
		}
		if (printed.isEmpty()) {
			return;
		}
		Optional<String> cannot = view.organ().flatMap(organ -> AssessorFacts.cannotMakeRules(organ, view.level()));
		if (cannot.isEmpty()) {
			return;
		}
		String cells = printed.stream().map(c -> c.row().label() + " " + Numbers.plain(c.value())).collect(Collectors.joining("、"));
		String normative = active.template().column(NORMATIVE.keyword()).map(Item::label).orElse(NORMATIVE.alias());
		warningOnCell(active, printed.get(0), String.format("%s不能制定规章，但“%s”一行印有 %s：多半是把%s填进了规章一行，请移到“%s”一行（%s）",
				cannot.get(), RULES.alias(), cells, normative, normative, AssessorFacts.RULES_SOURCE), IssueCodes.ACTIVE_RULES_AUTHORITY);
	}

	@Check
	public void textAssessment(Report report) {
		ReportView view = view(report);
		if (view.level() == OrganLevel.DEPARTMENT) {
			return;
		}
		boolean written = false;
		for (Map.Entry<String, TextView> text : view.texts().entrySet()) {
			String key = text.getKey();
			String words = text.getValue().written();
			boolean read = key.equals(OVERVIEW.keyword()) || key.startsWith(OVERVIEW.keyword() + ".") || key.equals(PROBLEMS.keyword())
					|| key.equals(OTHER_MATTERS.keyword());
			if (read && !words.contains(Placeholder.TEXT)) {
				written = true;
				if (AssessorFacts.ASSESSMENT_WORDS.stream().anyMatch(words::contains)) {
					return;
				}
			}
		}
		if (!written) {
			return;
		}
		String message = String.format("一、五、六部分都没有说到工作考核、社会评议和责任追究的情况（%s）；没有开展的也请写明", AssessorFacts.ASSESSMENT_SOURCE);
		Optional<TextView> other = view.text(OTHER_MATTERS.keyword()).or(() -> view.text(PROBLEMS.keyword()));
		if (other.isPresent()) {
			warning(message, other.get().owner(), GongkaiPackage.Literals.SECTION__PART, IssueCodes.TEXT_ASSESSMENT);
		} else {
			warning(message, report, GongkaiPackage.Literals.REPORT__NAME, IssueCodes.TEXT_ASSESSMENT);
		}
	}

	@Check
	public void otherFees(Report report) {
		ReportView view = view(report);
		if (view.format() != Formats.FORMAT_2021) {
			return;
		}
		view.text(OTHER_MATTERS.keyword()).filter(t -> !t.written().contains(Placeholder.TEXT))
				.filter(t -> AssessorFacts.FEE_WORDS.stream().noneMatch(t.written()::contains))
				.ifPresent(t -> warning(String.format("第六部分没有说明收取信息处理费的情况（%s）；没有收取的也请写明，如“本年度未收取信息处理费”",
						AssessorFacts.FEES_SOURCE), t.owner(), GongkaiPackage.Literals.SECTION__PART, IssueCodes.OTHER_FEES));
	}

	@Check
	public void preambleFormat(Report report) {
		ReportFormat format = view(report).format();
		for (TextScan.Text text : scan(report).texts()) {
			if (!text.key().equals(PREAMBLE.keyword())) {
				continue;
			}
			if (!AssessorFacts.citesANotice(text.source())) {
				continue;
			}
			for (NoticeCitation citation : AssessorFacts.noticeCitations(text.source())) {
				AssessorFacts.formatCited(citation).filter(cited -> cited != format).ifPresent(cited -> acceptWarning(String.format(
						"前言引用的是 %s（%d 年格式），但本报告的表格是 %d 年格式，应引用 %s", cited.notice(), cited.id(), format.id(),
						format.notice()), text.view().owner(), text.offset(citation.start()), citation.end() - citation.start(),
						IssueCodes.PREAMBLE_FORMAT, format.notice()));
			}
		}
	}
}
