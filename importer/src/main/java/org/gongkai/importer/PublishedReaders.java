package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a published report whatever its kind: chosen by the file's content first (a PDF, a .docx, an old .doc, a web
 * page saved under any name), by its extension second.
 */
public final class PublishedReaders {

	private PublishedReaders() {
	}

	public static PublishedDocument read(Path file) throws IOException {
		return readerFor(file).read(file);
	}

	/** The reader of a published file, by its kind. The one place that chooses readers. */
	static PublishedReader readerFor(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (MarkdownReader.isMarkdown(name)) {
			return new MarkdownReader(); // Markdown holds HTML (the tables) that the content sniff would take for a page
		}
		switch (Magic.of(file)) {
		case PDF:
			return new PdfReader();
		case DOCX:
		case OLE2:
			return new DocxReader();
		case HTML:
			return new HtmlReader();
		case EMPTY:
			throw new ImportProblem("文件是空的：" + name);
		case OTHER_ZIP:
			throw unknown(name);
		case UNKNOWN:
			break;
		}
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		return switch (extension) {
		case "txt" -> new TextReader();
		case "docx", "doc" -> new DocxReader();
		case "html", "htm" -> new HtmlReader();
		case "pdf" -> new PdfReader();
		default -> throw unknown(name);
		};
	}

	/** The reader of plain text (.txt, and text pasted into a file). */
	private static ImportProblem unknown(String name) {
		return new ImportProblem("无法识别的文件类型：" + name + "；可导入 .docx、.html、.pdf、.txt");
	}
}
