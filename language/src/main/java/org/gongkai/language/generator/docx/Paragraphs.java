package org.gongkai.language.generator.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.language.generator.XmlChars;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * The paragraphs of the formal document outside the tables: every line on the fixed pitch of 28.95 pt
 * (22 lines to the page), body and headings indented two characters on the first line.
 */
final class Paragraphs {

	/** GB/T 9704: 22 lines in the 225 mm text height. */
	public static final double LINE_PITCH = 28.95;

	private final XWPFDocument document;

	public Paragraphs(XWPFDocument document) {
		this.document = document;
	}

	/**
	 * Centred, followed by an empty line. A title too long for one line is broken after its first {@code lead}
	 * characters (the organ), so that no line ends inside a word (GB/T 9704: 回行时词意完整).
	 */
	public void title(String written, int lead) {
		String text = XmlChars.clean(written);
		XWPFParagraph paragraph = line(text, Face.TITLE, ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter((int) Math.round(LINE_PITCH * 20));
		if (ems(text) * Face.TITLE.charTwips() > Page.textWidth() && lead > 0 && lead < text.length()) {
			XWPFRun first = paragraph.getRuns().get(0);
			first.setText(text.substring(0, lead), 0);
			first.addBreak();
			XWPFRun rest = paragraph.createRun();
			Face.TITLE.applyTo(rest);
			rest.setText(text.substring(lead));
		}
	}

	public void body(String text) {
		indented(line(text, Face.BODY, ParagraphAlignment.BOTH), Face.BODY);
	}

	/** 一、 (outline level 1) or （一） (level 2). */
	public void heading(String text, Face face, int outlineLevel) {
		XWPFParagraph paragraph = indented(line(text, face, ParagraphAlignment.LEFT), face);
		paragraph.getCTPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1));
		paragraph.setKeepNext(true);
	}

	/** The signature, set off from the text by two empty lines. */
	public void signature(String text) {
		XWPFParagraph paragraph = closing(text);
		paragraph.setSpacingBefore((int) Math.round(2 * LINE_PITCH * 20));
		paragraph.setKeepNext(true);
	}

	/** Under the signature, right-aligned four characters from the margin (GB/T 9704 成文日期 右空四字). */
	public XWPFParagraph closing(String text) {
		XWPFParagraph paragraph = line(text, Face.BODY, ParagraphAlignment.RIGHT);
		paragraph.setIndentationRight(4 * Face.BODY.charTwips());
		return paragraph;
	}

	private XWPFParagraph line(String text, Face face, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBetween(LINE_PITCH, LineSpacingRule.EXACT);
		face.applyTo(paragraph.createRun());
		paragraph.getRuns().get(0).setText(XmlChars.clean(text));
		return paragraph;
	}

	/** The width of a text in characters of its size: Latin letters and digits take half. */
	private static double ems(String text) {
		return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
	}

	/** Two characters on the first line: in twips for every reader, in characters for Word. */
	private static XWPFParagraph indented(XWPFParagraph paragraph, Face face) {
		paragraph.setIndentationFirstLine(2 * face.charTwips());
		CTPPr properties = paragraph.getCTPPr();
		CTInd indent = properties.isSetInd() ? properties.getInd() : properties.addNewInd();
		indent.setFirstLineChars(BigInteger.valueOf(200));
		return paragraph;
	}
}
