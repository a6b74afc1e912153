package org.gongkai.language.template;

import static org.gongkai.language.template.Vocabulary.*;

import java.util.List;
import java.util.Map;

/**
 * Labels as real published reports print them where they differ from the official template's, by term. They are no
 * keywords of the language (the grammar does not know them): only the importer reads them, beside the template's
 * labels and the terms' aliases.
 */
public final class PrintedLabels {

	private static final Map<Term, List<String>> VARIANTS = Map.of(
			NEW, List.of("本年新收政府信息数量"),
			NEXT, List.of("结转下年继续办理"),
			FEES, List.of("行政事业收费"),
			FORBIDDEN, List.of("其他法律行政止公开"),
			MADE, List.of("本年制发数量"));

	/** The other spellings real reports print for a term's row or field label; none for most. */
	public static List<String> of(Term term) {
		return VARIANTS.getOrDefault(term, List.of());
	}

	private PrintedLabels() {
	}
}
