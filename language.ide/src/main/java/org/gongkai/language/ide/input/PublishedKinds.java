package org.gongkai.language.ide.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The kinds of published report files (text, web page, Word, PDF) the command line imports instead of parsing. */
public final class PublishedKinds {

	public static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".docx", ".doc", ".pdf");

	public static boolean isPublished(Path file) {
		Path name = file.getFileName();
		String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
		return EXTENSIONS.stream().anyMatch(lower::endsWith);
	}

	private PublishedKinds() {
	}
}
