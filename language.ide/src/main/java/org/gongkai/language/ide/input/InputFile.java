package org.gongkai.language.ide.input;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.gongkai.language.ide.input.PublishedKinds;

/**
 * A report file: {@code display} is its path as the user wrote it (or below a folder the user wrote);
 * {@code given} is false for the other files of the same folders, which are only loaded into the index.
 */
public record InputFile(String display, Path path, URI uri, boolean given) implements ReportPath {

	/** A published report (.txt, .html, .docx, .pdf), imported in memory, rather than a report's source. */
	public boolean published() {
		return PublishedKinds.isPublished(path);
	}

	public static InputFile of(String display, Path realPath, boolean given) {
		return new InputFile(display, realPath, URI.createFileURI(realPath.toString()), given);
	}
}
