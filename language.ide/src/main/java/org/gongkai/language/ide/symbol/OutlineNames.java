package org.gongkai.language.ide.symbol;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Topic;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.template.PartTemplate;

import com.google.inject.Inject;

/**
 * The outline's names: the report by its name, each part by its official heading (二、主动公开政府信息情况), the
 * topics of part 一 and the columns of a table by their official labels. Headers and cells stay out of it.
 */
public class OutlineNames extends DocumentSymbolNameProvider {

	@Inject
	private ReportViews views;

	@Override
	public String getName(EObject object) {
		if (object instanceof Report) {
			return super.getName(object);
		}
		Report report = EcoreUtil2.getContainerOfType(object, Report.class);
		if (report == null) {
			return null;
		}
		if (object instanceof Section section) {
			return part(report, section).map(PartTemplate::fullHeading).orElse(section.getPart().getLiteral());
		}
		if (object instanceof Topic topic) {
			Section section = EcoreUtil2.getContainerOfType(topic, Section.class);
			return part(report, section).flatMap(p -> p.topic(topic.getKey().getLiteral())).map(t -> t.fullLabel())
					.orElse(topic.getKey().getLiteral());
		}
		if (object instanceof Column column) {
			Section section = EcoreUtil2.getContainerOfType(column, Section.class);
			return part(report, section).filter(p -> p.table() != null)
					.flatMap(p -> p.table().column(column.getKey().getLiteral())).map(c -> c.fullLabel())
					.orElse(column.getKey().getLiteral());
		}
		return null;
	}

	private Optional<PartTemplate> part(Report report, Section section) {
		return section == null ? Optional.empty() : views.of(report).format().part(section.getPart().getLiteral());
	}
}
