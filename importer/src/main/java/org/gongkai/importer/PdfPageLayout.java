package org.gongkai.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.importer.PdfGlyphs.Glyph;
import org.gongkai.importer.PublishedDocument.Table;

/**
 * One page read into lines of text and tables, top to bottom: each character goes to the table cell under it, or to a
 * line outside the tables; page numbers are dropped.
 */
final class PdfPageLayout {

	/** A line of text outside tables: its text, left and right edges, baseline and font size. */
	record Line(String text, double x0, double x1, double baseline, double size) {
	}

	/** A table of the page with its column edges (to know it again when it goes on over the next page). */
	record PageTable(Table table, double[] columns, double top) {
	}

	private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");

	/** Lines and tables of the page in reading order. */
	static List<Object> read(List<Glyph> glyphs, List<Lattice.Frame> frames, double pageHeight) {
		List<List<List<Glyph>>> cellGlyphs = new ArrayList<>();
		for (Lattice.Frame frame : frames) {
			List<List<Glyph>> cells = new ArrayList<>();
			frame.cells().forEach(c -> cells.add(new ArrayList<>()));
			cellGlyphs.add(cells);
		}
		List<Glyph> outside = new ArrayList<>();
		for (Glyph glyph : glyphs) {
			if (!place(glyph, frames, cellGlyphs) && !insideAny(glyph, frames)) {
				outside.add(glyph);
			}
		}
		List<Object> items = new ArrayList<>();
		for (int t = 0; t < frames.size(); t++) {
			items.add(table(frames.get(t), cellGlyphs.get(t)));
		}
		for (Line line : lines(outside)) {
			if (!isPageNumber(line, pageHeight)) {
				items.add(line);
			}
		}
		items.sort(Comparator.comparingDouble(i -> i instanceof Line l ? l.baseline() : ((PageTable) i).top()));
		return items;
	}

	private static boolean place(Glyph glyph, List<Lattice.Frame> frames, List<List<List<Glyph>>> cellGlyphs) {
		for (int t = 0; t < frames.size(); t++) {
			List<Lattice.Box> cells = frames.get(t).cells();
			for (int c = 0; c < cells.size(); c++) {
				if (cells.get(c).contains(glyph.centerX(), glyph.centerY())) {
					cellGlyphs.get(t).get(c).add(glyph);
					return true;
				}
			}
		}
		return false;
	}

	private static boolean insideAny(Glyph glyph, List<Lattice.Frame> frames) {
		return frames.stream().anyMatch(f -> f.bounds().contains(glyph.centerX(), glyph.centerY()));
	}

	private static PageTable table(Lattice.Frame frame, List<List<Glyph>> cellGlyphs) {
		GridBuilder grid = new GridBuilder();
		for (int c = 0; c < frame.cells().size(); c++) {
			Lattice.Box box = frame.cells().get(c);
			int row = frame.row(box.y0());
			int column = frame.column(box.x0());
			String text = Texts.joinLines(lines(cellGlyphs.get(c)).stream().map(Line::text).toList());
			grid.place(row, column, frame.row(box.y1()) - row, frame.column(box.x1()) - column, text);
		}
		return new PageTable(grid.table(), frame.xs(), frame.ys()[0]);
	}

	/** Characters gathered into lines by their baselines, each line's characters left to right. */
	static List<Line> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline));
		List<List<Glyph>> lines = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		double baseline = Double.NaN;
		for (Glyph g : sorted) {
			if (!current.isEmpty() && Math.abs(g.baseline() - baseline) > 0.4 * Math.min(g.size(), current.get(0).size())) {
				lines.add(current);
				current = new ArrayList<>();
			}
			if (current.isEmpty()) {
				baseline = g.baseline();
			}
			current.add(g);
		}
		if (!current.isEmpty()) {
			lines.add(current);
		}
		List<Line> result = new ArrayList<>();
		for (List<Glyph> line : lines) {
			line.sort(Comparator.comparingDouble(Glyph::x));
			StringBuilder text = new StringBuilder();
			Glyph previous = null;
			for (Glyph g : line) {
				if (previous != null && g.x() - (previous.x() + previous.width()) > 0.3 * g.size()) {
					text.append(' ');
				}
				text.append(g.text());
				previous = g;
			}
			String cleaned = Texts.clean(text.toString());
			if (!cleaned.isEmpty()) {
				Glyph last = line.get(line.size() - 1);
				result.add(new Line(cleaned, line.get(0).x(), last.x() + last.width(), line.get(0).baseline(),
						line.stream().mapToDouble(Glyph::size).max().orElse(1)));
			}
		}
		return result;
	}

	/** "— 3 —", "- 3 -", "第3页", "3/10", and a bare number in the page's top or bottom margin. */
	private static boolean isPageNumber(Line line, double pageHeight) {
		String text = line.text();
		if (Texts.isPageNumber(text)) {
			return true;
		}
		return BARE_NUMBER.matcher(text).matches() && (line.baseline() > pageHeight * 0.9 || line.baseline() < pageHeight * 0.08);
	}
}
