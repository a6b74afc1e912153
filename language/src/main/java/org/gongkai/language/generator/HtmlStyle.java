package org.gongkai.language.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.google.common.io.Resources;

/** The style sheet the HTML page carries inline ({@code report.css} beside this class), so the page fetches nothing. */
final class HtmlStyle {

	static final String CSS = load();

	private static String load() {
		try {
			return Resources.toString(Resources.getResource(HtmlStyle.class, "report.css"), StandardCharsets.UTF_8).strip();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private HtmlStyle() {
	}
}
