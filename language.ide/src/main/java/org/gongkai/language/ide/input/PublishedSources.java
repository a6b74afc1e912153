package org.gongkai.language.ide.input;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;

/**
 * The sources imported in memory from published reports given to validate or generate, by the file's URI: what a
 * resource set parses for that file instead of its bytes, and what the import found. Holds only strings and numbers,
 * so that checking .gongkai files never loads the importer.
 */
public final class PublishedSources {

	/** An imported source and the import's summary: organ, year, and how many cells it was unsure of. */
	public record Source(String text, String organ, Integer year, int unsureCells) {
	}

	private static final Map<URI, Source> SOURCES = new ConcurrentHashMap<>();

	public static void put(URI file, Source source) {
		SOURCES.put(file, source);
	}

	/** The imported source of a published file, or null for a report file. */
	public static Source get(URI file) {
		return SOURCES.get(file);
	}

	private PublishedSources() {
	}
}
