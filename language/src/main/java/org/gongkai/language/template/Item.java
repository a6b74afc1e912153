package org.gongkai.language.template;

import java.util.List;

/**
 * One column or row of an official table as one format prints it: the term a writer types, the numbering
 * and label the template prints, what its cells hold and the group rows it sits under (outermost first).
 */
public record Item(Term term, String number, String label, CellKind kind, List<Group> groups) {

	public static Item of(Term term, String label) {
		return new Item(term, "", label, CellKind.COUNT, List.of());
	}

	public Item kind(CellKind newKind) {
		return new Item(term, number, label, newKind, groups);
	}

	/** The same item under group headers (outermost first), as the official table prints it. */
	public Item under(Group... newGroups) {
		return new Item(term, number, label, kind, List.of(newGroups));
	}

	public String keyword() {
		return term.keyword();
	}

	/** The label with its numbering, as the official table prints it: （二）部分公开（…）. */
	public String fullLabel() {
		return number + label;
	}
}
