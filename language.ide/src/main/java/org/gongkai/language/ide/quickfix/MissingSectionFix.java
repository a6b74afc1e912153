package org.gongkai.language.ide.quickfix;

import static org.gongkai.language.template.Vocabulary.SECTION;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.ide.spelling.WritingLanguage;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.Placeholder;
import org.gongkai.language.template.ReportFormat;

import com.google.inject.Inject;

/**
 * section.missing: the part is inserted where the official order puts it, a table empty (all zeros), a text or
 * each topic of part 一 the placeholder the validator points out.
 */
class MissingSectionFix {

	@Inject
	private Layout layout;

	Optional<QuickFix> of(Site site) {
		ReportFormat format = site.view().format();
		Optional<PartTemplate> part = site.data(0).flatMap(format::part);
		Optional<ILeafNode> close = Places.closing(site.report(), "}");
		if (part.isEmpty() || close.isEmpty()) {
			return Optional.empty();
		}
		List<PartTemplate> order = format.parts();
		int at = Places.insertionPoint(site.text(), site.report().getSections(),
				(Section s) -> order.indexOf(format.part(s.getPart().getLiteral()).orElse(null)), order.indexOf(part.get()),
				close.get());
		String source = source(part.get(), site.chineseAt(at));
		return Optional.of(new QuickFix("插入「" + part.get().fullHeading() + "」",
				layout.formatted(site, List.of(TextEdit.insert(at, Places.newLine(site, 1) + source)))));
	}

	static String source(PartTemplate part, boolean chinese) {
		String head = WritingLanguage.spell(SECTION, chinese) + " " + WritingLanguage.spell(part.term(), chinese);
		if (part.kind() == PartKind.TABLE) {
			return head + " < >";
		}
		if (part.kind() == PartKind.TOPICS && !part.topics().isEmpty()) {
			return head + " { " + part.topics().stream().map(t -> MissingTopicFix.source(t, chinese))
					.collect(Collectors.joining(" ")) + " }";
		}
		return head + " " + placeholder();
	}

	static String placeholder() {
		return '"' + Placeholder.TEXT + '"';
	}
}
