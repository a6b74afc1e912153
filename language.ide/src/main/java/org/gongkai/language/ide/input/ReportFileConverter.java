package org.gongkai.language.ide.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.gongkai.language.ide.input.ReportText;

/**
 * Loads report files as {@link ReportText} reads them (UTF-8, else UTF-16 or GB18030) whatever the platform encoding,
 * also when a resource set loads last year's report on demand; a published report given on the command line as the
 * source it was imported into ({@link PublishedSources}).
 */
public final class ReportFileConverter extends ExtensibleURIConverterImpl {

	private final Function<URI, String> read;

	public ReportFileConverter() {
		this(uri -> null);
	}

	/** {@code read}: the text of a file already read as {@link ReportText} reads it, or null to read the file. */
	public ReportFileConverter(Function<URI, String> read) {
		this.read = read;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		PublishedSources.Source imported = PublishedSources.get(uri);
		if (imported != null) {
			return new LazyStringInputStream(imported.text(), "UTF-8");
		}
		String text = read.apply(uri);
		if (text != null) {
			return new LazyStringInputStream(text, "UTF-8");
		}
		if (uri.isFile()) {
			return new LazyStringInputStream(ReportText.read(Path.of(uri.toFileString())).text(), "UTF-8");
		}
		return super.createInputStream(uri, options);
	}
}
