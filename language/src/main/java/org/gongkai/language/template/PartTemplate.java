package org.gongkai.language.template;

import java.util.List;
import java.util.Optional;

/** One of the six parts: its numbering, official heading and what it holds (topics, a table or a text). */
public record PartTemplate(Term term, String number, String heading, PartKind kind, List<Item> topics, TableTemplate table) {

	public static PartTemplate topics(Term term, String number, String heading, List<Item> topics) {
		return new PartTemplate(term, number, heading, PartKind.TOPICS, topics, null);
	}

	public static PartTemplate table(Term term, String number, String heading, TableTemplate table) {
		return new PartTemplate(term, number, heading, PartKind.TABLE, List.of(), table);
	}

	public static PartTemplate text(Term term, String number, String heading) {
		return new PartTemplate(term, number, heading, PartKind.TEXT, List.of(), null);
	}

	public String keyword() {
		return term.keyword();
	}

	/** 二、主动公开政府信息情况 */
	public String fullHeading() {
		return number + heading;
	}

	public Optional<Item> topic(String keyword) {
		return topics.stream().filter(t -> t.keyword().equals(keyword)).findFirst();
	}
}
