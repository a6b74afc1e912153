package org.gongkai.language.template;

import java.util.List;

/**
 * One column or row of an official table as one format prints it: the term a writer types, the numbering
 * and label the template prints, what its cells hold, the group rows it sits under (outermost first), and the
 * everyday words an office's register of applications may use for it (个人 for 自然人, LANGUAGE.md §8).
 */
public record Item(Term term, String number, String label, CellKind kind, List<Group> groups, List<String> words) {

	public Item(Term term, String number, String label, CellKind kind, List<Group> groups) {
		this(term, number, label, kind, groups, List.of());
	}

	public static Item of(Term term, String label) {
		return new Item(term, "", label, CellKind.COUNT, List.of());
	}

	public Item kind(CellKind newKind) {
		return new Item(term, number, label, newKind, groups, words);
	}

	/** The same item under group headers (outermost first), as the official table prints it. */
	public Item under(Group... newGroups) {
		return new Item(term, number, label, kind, List.of(newGroups), words);
	}

	/** The same item, also known in registers by these everyday words. */
	public Item alsoCalled(String... newWords) {
		return new Item(term, number, label, kind, groups, List.of(newWords));
	}

	public String keyword() {
		return term.keyword();
	}

	/** The label with its numbering, as the official table prints it: （二）部分公开（…）. */
	public String fullLabel() {
		return number + label;
	}
}
