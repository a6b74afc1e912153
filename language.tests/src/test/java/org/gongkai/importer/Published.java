package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Cell;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.importer.PublishedDocument.Table;
import org.gongkai.language.generator.Grid;
import org.gongkai.language.generator.GridCell;
import org.gongkai.language.generator.Grids;
import org.gongkai.language.generator.ReportTexts;
import org.gongkai.language.report.ReportView;

/** What the readers' tests expect of a report our generator printed: its tables as a person sees them, its headings. */
public final class Published {

	static final List<String> TABLE_PARTS = List.of("active", "apply", "review");

	/** Examples of both formats, of a government and of a department, with errors and without. */
	static final List<String> EXAMPLES = List.of("gongbujiangda-2023", "county-office-2023", "zeku-2023", "zezhou-2024");

	private Published() {
	}

	/** The official grid of a table, every position filled: a merged cell's text top-left, COVERED elsewhere. */
	static List<List<Cell>> expected(ReportView view, String part) {
		Grid grid = Grids.of(view.table(part));
		List<List<Cell>> rows = new ArrayList<>();
		for (int r = 0; r < grid.rows().size(); r++) {
			rows.add(new ArrayList<>());
		}
		for (int r = 0; r < grid.rows().size(); r++) {
			int column = 0;
			for (GridCell cell : grid.rows().get(r)) {
				while (column < rows.get(r).size() && rows.get(r).get(column) != null) {
					column++;
				}
				for (int dr = 0; dr < cell.rowSpan(); dr++) {
					List<Cell> row = rows.get(r + dr);
					for (int dc = 0; dc < cell.colSpan(); dc++) {
						while (row.size() <= column + dc) {
							row.add(null);
						}
						row.set(column + dc, dr == 0 && dc == 0 ? Cell.of(cell.text()) : Cell.COVERED);
					}
				}
				column += cell.colSpan();
			}
		}
		assertEquals(grid.width(), rows.get(0).size(), "the expected grid's width");
		return rows;
	}

	static List<Table> tables(PublishedDocument document) {
		return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
	}

	static List<String> paragraphs(PublishedDocument document) {
		return document.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
	}

	/** Tables and paragraphs exactly as the report prints them (a document that keeps the report's own text: HTML, DOCX). */
	static void assertAsPrinted(ReportView view, PublishedDocument document) {
		assertTablesAsPrinted(view, document, UnaryOperator.identity());
		assertParagraphsAsPrinted(view, document, Texts::clean);
	}

	/** Every table equals the official grid of its part, in order, each after its part's heading. */
	static void assertTablesAsPrinted(ReportView view, PublishedDocument document, UnaryOperator<String> text) {
		List<Table> tables = tables(document);
		assertEquals(TABLE_PARTS.size(), tables.size(), "tables of " + document.name());
		for (int t = 0; t < tables.size(); t++) {
			List<List<Cell>> expected = expected(view, TABLE_PARTS.get(t));
			List<List<Cell>> actual = tables.get(t).rows();
			assertEquals(expected.size(), actual.size(), TABLE_PARTS.get(t) + ": rows\n" + show(actual));
			for (int r = 0; r < expected.size(); r++) {
				assertEquals(expected.get(r).size(), actual.get(r).size(), TABLE_PARTS.get(t) + ": columns of row " + r);
				for (int c = 0; c < expected.get(r).size(); c++) {
					Cell e = expected.get(r).get(c);
					Cell a = actual.get(r).get(c);
					String where = TABLE_PARTS.get(t) + " row " + r + " column " + c;
					assertEquals(e.covered(), a.covered(), where + " covered: " + a);
					assertEquals(text.apply(e.text()), text.apply(a.text()), where);
				}
			}
		}
		List<Block> blocks = document.blocks();
		List<ReportTexts.Part> parts = ReportTexts.parts(view);
		int at = 0;
		for (ReportTexts.Part part : parts) {
			String heading = text.apply(part.heading());
			while (at < blocks.size() && !(blocks.get(at) instanceof Paragraph p && text.apply(p.text()).equals(heading))) {
				at++;
			}
			if (at == blocks.size()) {
				fail("heading " + heading + " not found in order in " + paragraphs(document));
			}
			if (part.isTable()) {
				int next = at + 1;
				while (next < blocks.size() && blocks.get(next) instanceof Paragraph) {
					next++;
				}
				assertEquals(tables.get(TABLE_PARTS.indexOf(part.template().keyword())), blocks.get(next), "the table after " + heading);
			}
		}
	}

	/** Every paragraph the report prints (its opening, parts' and topics' texts) is one paragraph of the document, in order. */
	static void assertParagraphsAsPrinted(ReportView view, PublishedDocument document, UnaryOperator<String> text) {
		List<String> expected = new ArrayList<>(ReportTexts.opening(view));
		for (ReportTexts.Part part : ReportTexts.parts(view)) {
			expected.add(part.heading());
			expected.addAll(part.paragraphs());
			for (ReportTexts.Topic topic : part.topics()) {
				expected.add(topic.heading());
				expected.addAll(topic.paragraphs());
			}
		}
		List<String> read = paragraphs(document).stream().map(text).toList();
		int at = 0;
		for (String paragraph : expected) {
			String wanted = text.apply(paragraph);
			while (at < read.size() && !read.get(at).equals(wanted)) {
				at++;
			}
			if (at == read.size()) {
				fail("paragraph not found whole and in order: " + wanted + "\nread: " + String.join("\n", read));
			}
		}
	}

	/** A zip file of one entry (a damaged .docx, a workbook). */
	static void zip(Path file, String entry, String content) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Text as written, without any white space (a PDF line break or spacing is not the report's). */
	static String compact(String text) {
		return text.replaceAll("\\s", "");
	}

	static String show(List<List<Cell>> rows) {
		StringBuilder out = new StringBuilder();
		for (List<Cell> row : rows) {
			out.append(row.stream().map(c -> c.covered() ? "▒" : c.text().replace("\n", "⏎")).toList()).append('\n');
		}
		return out.toString();
	}

	public static Optional<Path> onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String directory : path.split(File.pathSeparator)) {
			Path candidate = Path.of(directory, command);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** LibreOffice converts a file (to "pdf", "doc", ...) into {@code out}; empty when it is not installed (fails on CI). */
	public static Optional<Path> convert(Path input, String format, Path out) throws IOException, InterruptedException {
		Optional<Path> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
		if (soffice.isEmpty()) {
			String ci = System.getenv("CI");
			if (ci != null && !ci.isEmpty()) {
				fail("CI is set: needs soffice (apt-get install libreoffice-writer) on the PATH");
			}
			return Optional.empty();
		}
		Path profile = Files.createTempDirectory("gongkai-soffice");
		try {
			ProcessBuilder builder = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
					"--convert-to", format, "--outdir", out.toString(), input.toString()).redirectErrorStream(true);
			builder.environment().put("FONTCONFIG_FILE", Path.of("src", "test", "resources", "docx", "fonts.conf").toAbsolutePath().toString());
			Process process = builder.start();
			process.getOutputStream().close();
			byte[] printed = process.getInputStream().readAllBytes();
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail("soffice timed out");
			}
			assertEquals(0, process.exitValue(), new String(printed, StandardCharsets.UTF_8));
		} finally {
			try (Stream<Path> all = Files.walk(profile)) {
				for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
		String name = input.getFileName().toString();
		Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
		return Files.isRegularFile(converted) ? Optional.of(converted) : Optional.empty();
	}

	/** How poppler's pdftotext orders the text it copies out of a PDF. */
	public enum PdfTextOrder {
		/** {@code -layout}: a row's label and numbers on one line, set apart with spaces. */
		LAID_OUT("-layout"),
		/** its default: blocks of text in reading order, a table's numbers column by column. */
		READING(null),
		/** {@code -raw}: the order the PDF draws its text, as PDF viewers copy it: a table row by row, cell by cell. */
		CONTENT("-raw");

		private final String option;

		PdfTextOrder(String option) {
			this.option = option;
		}
	}

	/** poppler's pdftotext copies a PDF's text in the given order. */
	public static Path pdftotext(Path pdf, PdfTextOrder order, Path text) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
		if (order.option != null) {
			command.add(order.option);
		}
		command.addAll(List.of(pdf.toString(), text.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] printed = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(1, TimeUnit.MINUTES), "pdftotext timed out");
		assertEquals(0, process.exitValue(), new String(printed, StandardCharsets.UTF_8));
		return text;
	}
}
