package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.gongkai.language.ide.input.ReportText;
import org.jsoup.Jsoup;

/**
 * Markdown, as {@code gongkai generate --to md} writes it and content systems publish it: rendered to HTML by a CommonMark
 * renderer (its tables are HTML blocks, kept as they are), then read as a page ({@link HtmlReader}).
 */
public final class MarkdownReader implements PublishedReader {

	static boolean isMarkdown(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".md") || lower.endsWith(".markdown");
	}

	@Override
	public PublishedDocument read(Path file) throws IOException {
		String markdown = ReportText.read(file).text();
		String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
		return new HtmlReader().read(Jsoup.parse(html, file.toUri().toString()), file.getFileName().toString());
	}
}
