package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.language.ide.input.ReportText;

/**
 * A report copied out of a web page, a Word file or a PDF into a text file (UTF-8, GB18030 or UTF-16, read as reports
 * are): every line a paragraph; its tables are still in its lines (cells on lines of their own, after tabs or
 * between {@code |}), which {@link Tokens} takes apart.
 */
public final class TextReader implements PublishedReader {

	@Override
	public PublishedDocument read(Path file) throws IOException {
		String text = ReportText.read(file).text();
		List<Block> lines = text.lines().map(line -> (Block) new Paragraph(line)).toList();
		return new PublishedDocument(file.getFileName().toString(), lines);
	}
}
