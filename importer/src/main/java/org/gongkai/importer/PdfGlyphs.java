package org.gongkai.importer;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The characters of one page with their positions (top-down coordinates), and how many glyphs the page drew: a glyph
 * whose font maps it to no Unicode is drawn but gives no character.
 */
final class PdfGlyphs extends PDFTextStripper {

	/** One character: its text, left edge, baseline, width, height and font size. */
	record Glyph(String text, double x, double baseline, double width, double height, double size) {

		double centerX() {
			return x + width / 2;
		}

		double centerY() {
			return baseline - height / 2;
		}
	}

	private final List<Glyph> glyphs = new ArrayList<>();

	private long drawn;

	PdfGlyphs() {
		setSortByPosition(true);
	}

	/** The page's characters (pages count from 1). */
	List<Glyph> page(PDDocument document, int page) throws IOException {
		glyphs.clear();
		setStartPage(page);
		setEndPage(page);
		writeText(document, Writer.nullWriter());
		return List.copyOf(glyphs);
	}

	/** Glyphs drawn so far, on every page read. */
	long drawn() {
		return drawn;
	}

	@Override
	protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
		drawn++;
		super.showGlyph(textRenderingMatrix, font, code, displacement);
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		for (TextPosition p : positions) {
			glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), Math.max(p.getHeightDir(), 1),
					Math.max(p.getFontSizeInPt(), 1)));
		}
	}
}
