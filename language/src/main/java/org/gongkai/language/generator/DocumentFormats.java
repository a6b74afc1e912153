package org.gongkai.language.generator;

import java.util.List;
import java.util.Optional;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Singleton;

/** The output formats {@code gongkai generate --to NAME} knows, in the order they are listed. */
@Singleton
public class DocumentFormats {

	/** The formats printed when none are named: the two that are published (comma-separated names). */
	public static final String PUBLISHED = "html,docx";

	/** One line per format. */
	private static final List<Class<? extends DocumentFormat>> FORMATS = List.of(
			HtmlFormat.class,
			MarkdownFormat.class,
			DocxFormat.class,
			JsonFormat.class);

	private final List<DocumentFormat> all;

	@Inject
	DocumentFormats(Injector injector) {
		all = FORMATS.stream().<DocumentFormat>map(injector::getInstance).filter(DocumentFormat::available).toList();
	}

	/** The formats whose libraries are there ({@link DocumentFormat#available()}). */
	public List<DocumentFormat> all() {
		return all;
	}

	public Optional<DocumentFormat> byName(String name) {
		return all.stream().filter(f -> f.name().equals(name)).findFirst();
	}
}
