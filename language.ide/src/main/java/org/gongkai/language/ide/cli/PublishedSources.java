package org.gongkai.language.ide.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;

/**
 * The sources imported in memory from published reports given to validate or generate, by the file's URI: what a
 * resource set parses for that file instead of its bytes. Holds only strings, so that checking .gongkai files never
 * loads the importer.
 */
final class PublishedSources {

	private static final Map<URI, String> SOURCES = new ConcurrentHashMap<>();

	static void put(URI file, String source) {
		SOURCES.put(file, source);
	}

	/** The imported source of a published file, or null for a report file. */
	static String get(URI file) {
		return SOURCES.get(file);
	}

	private PublishedSources() {
	}
}
