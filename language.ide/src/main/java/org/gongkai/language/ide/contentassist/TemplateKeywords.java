package org.gongkai.language.ide.contentassist;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.template.Term;
import org.gongkai.language.template.Vocabulary;

import com.google.inject.Inject;

/**
 * Which template keywords fit where the cursor is, by the report's format: the official label to show as detail
 * (empty when there is none to show), or null when the keyword does not belong here.
 */
public class TemplateKeywords {

	@Inject
	private ReportViews views;

	/** {@code rule}: the grammar's enum rule; {@code keyword}: the English keyword of the literal. */
	Optional<String> detail(String rule, String keyword, EObject model) {
		Report report = EcoreUtil2.getContainerOfType(model, Report.class);
		if (report == null) {
			return Optional.empty();
		}
		ReportFormat format = views.of(report).format();
		Section section = EcoreUtil2.getContainerOfType(model, Section.class);
		Optional<PartTemplate> part = section == null ? Optional.empty() : format.part(section.getPart().getLiteral());
		switch (rule) {
		case "HeaderKey":
			return found(Vocabulary.HEADER_KEYS, keyword);
		case "Level":
			return found(Vocabulary.LEVELS, keyword);
		case "Scope":
			return found(Vocabulary.SCOPES, keyword);
		case "Part":
			return format.part(keyword).map(PartTemplate::fullHeading);
		case "TopicKey":
			return part.isEmpty() ? Optional.empty() : found(part.get().topic(keyword));
		case "ColumnKey":
			Optional<TableTemplate> table = table(part);
			return table.isEmpty() ? Optional.empty() : found(table.get().column(keyword));
		case "CellKey":
			return cell(table(part), EcoreUtil2.getContainerOfType(model, Column.class), keyword);
		default:
			return Optional.empty();
		}
	}

	/** The keyword rules that are not enums, each one word of the structure written in either spelling. */
	static Optional<Term> structureWord(String rule) {
		return Optional.ofNullable(switch (rule) {
		case "ReportKeyword" -> Vocabulary.REPORT;
		case "SectionKeyword" -> Vocabulary.SECTION;
		case "PreviousKeyword" -> Vocabulary.PREVIOUS_REPORT;
		default -> null;
		});
	}

	private static Optional<String> cell(Optional<TableTemplate> table, Column column, String keyword) {
		if (table.isEmpty() || column == null) {
			return Optional.empty();
		}
		Optional<Item> columnItem = table.get().column(column.getKey().getLiteral());
		if (columnItem.isEmpty()) {
			return table.get().row(keyword).map(Item::fullLabel);
		}
		return found(table.get().rowsOf(columnItem.get()).stream().filter(r -> r.keyword().equals(keyword)).findFirst());
	}

	private static Optional<TableTemplate> table(Optional<PartTemplate> part) {
		return part.map(PartTemplate::table);
	}

	/** The Chinese alias of a header key, level or scope: the name the template gives it. */
	private static Optional<String> found(List<Term> terms, String keyword) {
		return terms.stream().filter(t -> t.keyword().equals(keyword)).findFirst().map(Term::alias);
	}

	/** The label of a found item; null (not here) when the template has no such item at this place. */
	private static Optional<String> found(Optional<Item> item) {
		return item.isPresent() ? Optional.of(item.get().fullLabel()) : null;
	}
}
