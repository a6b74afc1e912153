package org.gongkai.language.generator.docx;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;

/**
 * A typeface and size of the formal document (GB/T 9704), applied to a run. The official font names are written
 * for Chinese (eastAsia) and Latin (ascii, hAnsi) text alike. Where a font is not installed, the reader substitutes
 * one: Word picks a similar font by the font table's family and charset (方正小标宋简体 and 仿宋_GB2312 usually
 * become 宋体/仿宋), LibreOffice asks fontconfig, which gives the system's Chinese font (Noto CJK on Debian).
 * The document stays correct; only its look changes.
 */
record Face(String font, double points) {

	/** Title: 2号 方正小标宋简体. */
	public static final Face TITLE = new Face("方正小标宋简体", 22);

	/** Body text: 3号 仿宋_GB2312. */
	public static final Face BODY = new Face("仿宋_GB2312", 16);

	/** First-level headings 一、: 3号 黑体. */
	public static final Face PART = new Face("黑体", 16);

	/** Second-level headings （一）: 3号 楷体_GB2312. */
	public static final Face TOPIC = new Face("楷体_GB2312", 16);

	/** Page numbers: 4号 宋体. */
	public static final Face PAGE_NUMBER = new Face("宋体", 14);

	/** The body's typeface at another size, for tables. */
	public static Face body(double points) {
		return new Face(BODY.font, points);
	}

	/** One character of this face, in twips: GB/T 9704 indents by characters. */
	public int charTwips() {
		return (int) Math.round(points * 20);
	}

	public void applyTo(XWPFRun run) {
		run.setFontFamily(font, FontCharRange.eastAsia);
		run.setFontFamily(font, FontCharRange.ascii);
		run.setFontFamily(font, FontCharRange.hAnsi);
		run.setFontSize(points);
	}
}
