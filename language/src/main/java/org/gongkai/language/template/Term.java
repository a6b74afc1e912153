package org.gongkai.language.template;

import java.util.List;
import java.util.stream.Stream;

/** A word of the language: its English keyword and the Chinese aliases a writer may type instead. */
public record Term(String keyword, List<String> aliases) {

	public static Term of(String keyword, String... aliases) {
		return new Term(keyword, List.of(aliases));
	}

	/** The short Chinese alias, shown to writers who write Chinese. */
	public String alias() {
		return aliases.isEmpty() ? keyword : aliases.get(0);
	}

	public Stream<String> spellings() {
		return Stream.concat(Stream.of(keyword), aliases.stream());
	}
}
