package org.gongkai.language.tests.importer;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A published report's text as a crawler keeps it (shared/reports/published/INDEX.md): the page's paragraphs and
 * table cells joined with no separator, every empty cell gone. Made from a report whose tables are printed cell by
 * cell (between {@code |}, or one cell a line after a tab); the archive's lines above the page left out.
 */
public final class CrawlerText {

	/** What the archive of the seeds adds above a page (ORGAN: …, URL: …): no part of the page. */
	private static final Pattern ARCHIVE = Pattern.compile("[A-Z]+: .*");

	public static String of(String text) {
		return text.lines().filter(line -> !ARCHIVE.matcher(line).matches()).map(CrawlerText::cells).collect(Collectors.joining());
	}

	private static String cells(String line) {
		return Arrays.stream(line.split("[|\t]")).map(String::strip).filter(cell -> !cell.isEmpty() && !cell.matches("[-—–/]"))
				.collect(Collectors.joining());
	}

	private CrawlerText() {
	}
}
