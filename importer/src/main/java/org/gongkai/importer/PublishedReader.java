package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one kind of published file (text, HTML, DOCX, PDF) into a {@link PublishedDocument}. */
public interface PublishedReader {

	/**
	 * @throws ImportProblem when the file is of this kind but cannot be read as a report (a scanned PDF, a PDF whose fonts
	 *                       map to no Unicode, an old .doc): its message says why, in Chinese, and what to do
	 * @throws IOException   when the file cannot be read at all
	 */
	PublishedDocument read(Path file) throws IOException;
}
