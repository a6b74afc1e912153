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
			return new TextStream(imported.text());
		}
		String text = read.apply(uri);
		if (text != null) {
			return new TextStream(text);
		}
		if (uri.isFile()) {
			return new TextStream(ReportText.read(Path.of(uri.toFileString())).text());
		}
		return super.createInputStream(uri, options);
	}

	/**
	 * A text the parser reads as a string (XtextResource asks a LazyStringInputStream for it): closed by EMF after
	 * loading, Xtext's would first encode the whole text into bytes no one reads.
	 */
	private static final class TextStream extends LazyStringInputStream {

		TextStream(String text) {
			super(text, "UTF-8");
		}

		@Override
		public void close() {
			// nothing was opened: the bytes, if ever read, are an array in memory
		}
	}
}
