package org.gongkai.language.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Topic;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;

/** Rules on the six parts: each written once, each in its own form, part 一 with its five topics. */
public class SectionRules extends ReportRules {

	@Check
	public void sectionMissing(Report report) {
		ReportView view = view(report);
		for (PartTemplate part : view.format().parts()) {
			if (view.sections(part).isEmpty()) {
				error(String.format("缺少「%s」（section %s）", part.fullHeading(), part.keyword()),
						report, GongkaiPackage.Literals.REPORT__NAME, IssueCodes.SECTION_MISSING, part.keyword());
			}
		}
	}

	@Check
	public void sectionDuplicate(Report report) {
		ReportView view = view(report);
		for (PartTemplate part : view.format().parts()) {
			List<Section> sections = view.sections(part);
			for (Section again : sections.subList(Math.min(1, sections.size()), sections.size())) {
				error(String.format("「%s」写了两次", part.fullHeading()), again, GongkaiPackage.Literals.SECTION__PART,
						IssueCodes.SECTION_DUPLICATE);
			}
		}
	}

	/** A part written in a form it does not take (a table for 五, a text for 三): the file does not say what the template means. */
	@Check
	public void sectionForm(Section section) {
		PartTemplate part = view(section).format().part(section.getPart().getLiteral()).orElseThrow();
		if (section.getTable() == null && section.getText() == null && section.getTopics() == null) {
			return; // nothing parsed: the syntax error says why
		}
		boolean fits = switch (part.kind()) {
		case TABLE -> section.getTable() != null;
		case TEXT -> section.getText() != null;
		case TOPICS -> section.getTable() == null;
		};
		if (!fits) {
			String expected = switch (part.kind()) {
			case TABLE -> "应写成表格：section " + part.keyword() + " < … >";
			case TEXT -> "应写成一段文字：section " + part.keyword() + " \"…\"";
			case TOPICS -> "应写成分项文字 { active \"…\" … } 或一段文字";
			};
			error(String.format("「%s」%s", part.fullHeading(), expected), section, GongkaiPackage.Literals.SECTION__PART,
					IssueCodes.SYNTAX);
		}
	}

	@Check
	public void overviewTopic(Section section) {
		PartTemplate part = view(section).format().part(section.getPart().getLiteral()).orElseThrow();
		if (part.kind() != PartKind.TOPICS || part.topics().isEmpty() || section.getTable() != null) {
			return;
		}
		if (section.getText() != null) {
			warning(String.format("格式 %d 的%s应分项写：%s", view(section).format().id(), part.heading(),
					String.join("、", part.topics().stream().map(t -> t.fullLabel() + "（" + t.keyword() + "）").toList())),
					section, GongkaiPackage.Literals.SECTION__PART, IssueCodes.OVERVIEW_TOPIC);
			return;
		}
		Set<String> written = new HashSet<>();
		if (section.getTopics() != null) {
			for (Topic topic : section.getTopics().getTopics()) {
				if (!written.add(topic.getKey().getLiteral())) {
					error(String.format("「%s」写了两次", Sources.text(topic, GongkaiPackage.Literals.TOPIC__KEY)), topic,
							GongkaiPackage.Literals.TOPIC__KEY, IssueCodes.SECTION_DUPLICATE);
				}
			}
		}
		for (Item topic : part.topics()) {
			if (!written.contains(topic.keyword())) {
				warning(String.format("%s缺少「%s」一项（%s）", part.heading(), topic.fullLabel(), topic.keyword()), section,
						GongkaiPackage.Literals.SECTION__PART, IssueCodes.OVERVIEW_TOPIC, topic.keyword());
			}
		}
	}
}
