package org.gongkai.language.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Topics;
import org.gongkai.language.ide.spelling.WritingLanguage;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartTemplate;

import com.google.inject.Inject;

/** overview.topic: the missing topic of part 一 is inserted in its official place, its text the placeholder. */
class MissingTopicFix {

	@Inject
	private Layout layout;

	Optional<QuickFix> of(Site site) {
		if (!(site.element().orElse(null) instanceof Section section) || section.getTopics() == null
				|| site.marked(section, GongkaiPackage.Literals.SECTION__PART).isEmpty()) {
			return Optional.empty();
		}
		Optional<PartTemplate> part = site.view().format().part(section.getPart().getLiteral());
		Optional<Item> topic = site.data(0).flatMap(keyword -> part.flatMap(p -> p.topic(keyword)));
		Topics topics = section.getTopics();
		Optional<ILeafNode> close = Places.closing(topics, "}");
		if (topic.isEmpty() || close.isEmpty()) {
			return Optional.empty();
		}
		List<Item> order = part.get().topics();
		int at = Places.insertionPoint(site.text(), topics.getTopics(),
				t -> order.indexOf(part.get().topic(t.getKey().getLiteral()).orElse(null)), order.indexOf(topic.get()), close.get());
		String source = source(topic.get(), site.chineseAt(at));
		return Optional.of(new QuickFix("插入「" + topic.get().fullLabel() + "」",
				layout.formatted(site, List.of(TextEdit.insert(at, Places.newLine(site, 2) + source)), topics)));
	}

	static String source(Item topic, boolean chinese) {
		return WritingLanguage.spell(topic.term(), chinese) + " " + MissingSectionFix.placeholder();
	}
}
