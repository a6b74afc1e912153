package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.gongkai.importer.PdfGlyphs.Glyph;
import org.gongkai.importer.PdfPageLayout.Line;
import org.gongkai.importer.PdfPageLayout.PageTable;
import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Cell;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.importer.PublishedDocument.Table;

/**
 * A report printed to PDF, from its text layer: tables rebuilt from their ruling lines ({@link Lattice}), the text
 * around them as paragraphs. A table that goes on over the next page, its header printed again, is one table. The file
 * is read page by page, its buffers in temporary files, so a large PDF takes little memory.
 */
public final class PdfReader implements PublishedReader {

	static final String NO_TEXT = "这个 PDF 没有文字层（可能是扫描件），无法导入；请找到报告的网页或 Word 版本";

	static final String NO_UNICODE = "这个 PDF 的文字无法识别（字体没有 Unicode 映射，复制出来是乱码），无法导入；请找到报告的网页或 Word 版本";

	/**
	 * Where PDFBox keeps the streams it decodes: memory up to 32 MB a document, temporary files beyond, so that a
	 * 100 MB PDF stays within bounded memory and a report's few hundred kilobytes never touch the disk.
	 */
	private static final RandomAccessStreamCache.StreamCacheCreateFunction STREAM_CACHE =
			MemoryUsageSetting.setupMixed(32L << 20).streamCache;

	/** A PDF up to this size is read into memory at once: PDFBox's reader of files seeks through a page cache. */
	private static final long READ_WHOLE = 32L << 20;

	private static PDDocument load(Path file) throws IOException {
		PDDocument document = Files.size(file) <= READ_WHOLE ? Loader.loadPDF(Files.readAllBytes(file), "", null, null, STREAM_CACHE)
				: Loader.loadPDF(file.toFile(), STREAM_CACHE);
		document.setResourceCache(new FontsKept());
		return document;
	}

	/**
	 * The document's fonts parsed once: PDFBox's text stripper drops a page's resources from the cache after the page,
	 * so each page, and the rulings of each page, parsed the same embedded fonts again (a quarter of a PDF's import).
	 * Held by soft references, as in PDFBox's own cache, so memory can still take them back.
	 */
	private static final class FontsKept extends DefaultResourceCache {

		@Override
		public PDFont removeFont(COSObject indirect) {
			return getFont(indirect);
		}
	}

	@Override
	public PublishedDocument read(Path file) throws IOException {
		List<Block> blocks = new ArrayList<>();
		Paragraphs paragraphs = new Paragraphs(blocks);
		PdfGlyphs stripper = new PdfGlyphs();
		long characters = 0;
		long unmapped = 0;
		long chinese = 0;
		try (PDDocument document = load(file)) {
			double[] previousColumns = null;
			for (int p = 0; p < document.getNumberOfPages(); p++) {
				PDPage page = document.getPage(p);
				List<Glyph> glyphs = stripper.page(document, p + 1);
				for (Glyph g : glyphs) {
					if (!g.text().isBlank()) {
						characters++;
						unmapped += g.text().chars().filter(c -> c == '\uFFFD').count();
						chinese += g.text().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
					}
				}
				List<Object> items = PdfPageLayout.read(glyphs, Lattice.tables(PdfRulings.of(page)), page.getCropBox().getHeight());
				double width = page.getCropBox().getWidth();
				double left = items.stream().filter(Line.class::isInstance).mapToDouble(i -> ((Line) i).x0()).min().orElse(0);
				for (int i = 0; i < items.size(); i++) {
					if (items.get(i) instanceof PageTable table) {
						paragraphs.end();
						boolean continues = i == 0 && previousColumns != null && sameColumns(previousColumns, table.columns())
								&& !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Table;
						if (continues) {
							Table before = (Table) blocks.remove(blocks.size() - 1);
							blocks.add(joined(before, table.table()));
						} else {
							blocks.add(table.table());
						}
						previousColumns = table.columns();
					} else {
						paragraphs.add((Line) items.get(i), left, width - left);
						previousColumns = null;
					}
				}
			}
		} catch (InvalidPasswordException e) {
			throw new ImportProblem("这个 PDF 设置了打开密码，无法导入；请取消密码后再导入，或找到报告的网页或 Word 版本");
		} catch (IOException e) {
			if (e instanceof ImportProblem) {
				throw e;
			}
			throw new ImportProblem("无法读取这个 PDF，它可能已损坏：" + file.getFileName() + "；请找到报告的网页或 Word 版本");
		}
		paragraphs.end();
		if (stripper.drawn() == 0) {
			throw new ImportProblem(NO_TEXT);
		}
		if (chinese == 0 || unmapped * 2 > characters || characters * 2 < stripper.drawn()) {
			throw new ImportProblem(NO_UNICODE);
		}
		return new PublishedDocument(file.getFileName().toString(), List.copyOf(blocks));
	}

	private static boolean sameColumns(double[] a, double[] b) {
		if (a.length != b.length) {
			return false;
		}
		for (int i = 0; i < a.length; i++) {
			if (Math.abs(a[i] - b[i]) > 2) {
				return false;
			}
		}
		return true;
	}

	/** The rows of a table's next page after its own, without the header rows printed again at its top. */
	private static Table joined(Table before, Table after) {
		int repeated = 0;
		while (repeated < after.rows().size() - 1 && repeated < before.rows().size()
				&& after.rows().get(repeated).equals(before.rows().get(repeated))) {
			repeated++;
		}
		List<List<Cell>> rows = new ArrayList<>(before.rows());
		List<List<Cell>> next = new ArrayList<>(after.rows().subList(repeated, after.rows().size()));
		if (!next.isEmpty() && !rows.isEmpty()) {
			next.set(0, continued(rows.get(rows.size() - 1), next.get(0)));
		}
		rows.addAll(next);
		return new Table(List.copyOf(rows));
	}

	/**
	 * A merged cell cut by the page break is printed again, empty, at the top of the next page: where the last row above
	 * is covered, an empty cell below it is the same merged cell.
	 */
	private static List<Cell> continued(List<Cell> last, List<Cell> first) {
		List<Cell> row = new ArrayList<>(first);
		for (int c = 0; c < row.size() && c < last.size(); c++) {
			if (!row.get(c).covered() && row.get(c).text().isEmpty() && last.get(c).covered()) {
				row.set(c, Cell.COVERED);
			}
		}
		return List.copyOf(row);
	}

	/**
	 * Lines gathered into paragraphs: a line begins a paragraph when it is indented, when the line before ended short of
	 * the right margin (a paragraph's last line, a heading), or after a gap of more than a blank line; a paragraph goes on
	 * over a page break.
	 */
	private static final class Paragraphs {

		private final List<Block> blocks;

		private final List<String> lines = new ArrayList<>();

		private Line last;

		Paragraphs(List<Block> blocks) {
			this.blocks = blocks;
		}

		void add(Line line, double left, double right) {
			boolean nextPage = last != null && line.baseline() < last.baseline();
			boolean begins = last == null || line.x0() > left + line.size() || last.x1() < right - 1.5 * last.size()
					|| !nextPage && line.baseline() - last.baseline() > 2.2 * line.size();
			if (begins) {
				end();
			}
			lines.add(line.text());
			last = line;
		}

		void end() {
			if (!lines.isEmpty()) {
				blocks.add(new Paragraph(Texts.joinLines(lines)));
				lines.clear();
			}
			last = null;
		}
	}
}
