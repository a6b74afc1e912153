package org.gongkai.summary.output.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The page as it is written: straight into the file, so that a page of 100,000 reports is never held in memory. */
final class PageWriter {

	private final Writer out;

	PageWriter(Writer out) {
		this.out = out;
	}

	PageWriter append(String text) {
		try {
			out.write(text);
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	PageWriter append(char c) {
		return append(String.valueOf(c));
	}

	PageWriter append(long number) {
		return append(Long.toString(number));
	}

	PageWriter append(Object value) {
		return append(String.valueOf(value));
	}
}
