package org.gongkai.importer;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight horizontal and vertical segments a page draws, stroked or filled (table borders are drawn both ways:
 * as lines, and as thin filled rectangles), in the page's top-down coordinates as text positions have them.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

	private final List<Lattice.Segment> segments = new ArrayList<>();

	private final List<Lattice.Segment> path = new ArrayList<>();

	private final float left;

	private final float top;

	private Point2D.Float current = new Point2D.Float();

	private Point2D.Float start = new Point2D.Float();

	private PdfRulings(PDPage page) {
		super(page);
		PDRectangle crop = page.getCropBox();
		left = crop.getLowerLeftX();
		top = crop.getUpperRightY();
	}

	static List<Lattice.Segment> of(PDPage page) throws IOException {
		PdfRulings rulings = new PdfRulings(page);
		rulings.processPage(page);
		return rulings.segments;
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		add(p0, p1);
		add(p1, p2);
		add(p2, p3);
		add(p3, p0);
		current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
		start = current;
	}

	@Override
	public void moveTo(float x, float y) {
		current = new Point2D.Float(x, y);
		start = current;
	}

	@Override
	public void lineTo(float x, float y) {
		Point2D.Float to = new Point2D.Float(x, y);
		add(current, to);
		current = to;
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current;
	}

	@Override
	public void closePath() {
		add(current, start);
		current = start;
	}

	@Override
	public void endPath() {
		path.clear();
	}

	@Override
	public void strokePath() {
		keepPath();
	}

	@Override
	public void fillPath(int windingRule) {
		keepPath();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		keepPath();
	}

	@Override
	public void clip(int windingRule) {
	}

	@Override
	public void drawImage(PDImage image) {
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}

	/** Text draws no ruling: its glyphs are not laid out again here (the text pass has them). */
	@Override
	public void showTextString(byte[] string) {
	}

	@Override
	public void showTextStrings(COSArray array) {
	}

	private void keepPath() {
		segments.addAll(path);
		path.clear();
	}

	/** A segment that is horizontal or vertical (within half a point); slanted ones draw no table. */
	private void add(Point2D from, Point2D to) {
		double x0 = from.getX() - left;
		double y0 = top - from.getY();
		double x1 = to.getX() - left;
		double y1 = top - to.getY();
		if (Math.abs(x0 - x1) < 0.5 || Math.abs(y0 - y1) < 0.5) {
			path.add(new Lattice.Segment(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)));
		}
	}
}
