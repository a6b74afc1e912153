package org.gongkai.language.generator.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page of GB/T 9704: A4 with margins of 37 mm (top), 28 mm (left), 26 mm (right) and 35 mm (bottom), giving
 * a text area of 156 mm × 225 mm, and the page number centred below it as "— 1 —".
 */
final class Page {

	public static final double WIDTH_MM = 210;
	public static final double HEIGHT_MM = 297;
	public static final double TOP_MM = 37;
	public static final double LEFT_MM = 28;
	public static final double RIGHT_MM = 26;
	public static final double BOTTOM_MM = 35;

	/** From the page's bottom edge to the page number's baseline, so that the number sits about 7 mm below the text. */
	private static final double FOOTER_MM = 21;

	/** Where a header would sit; the document has none. */
	private static final double HEADER_MM = 15;

	/** Millimetres in twips (1/1440 inch), as Word measures a page: A4 is 11906 × 16838. */
	public static int twips(double mm) {
		return (int) Math.round(mm * 1440 / 25.4);
	}

	/** The width of the text area, which every table fills. */
	public static int textWidth() {
		return twips(WIDTH_MM) - twips(LEFT_MM) - twips(RIGHT_MM);
	}

	/** Sets the page of the document's one section and its footer. Call once the body is written. */
	public static void setUp(XWPFDocument document) {
		footer(document.createFooter(HeaderFooterType.DEFAULT));
		CTSectPr section = document.getDocument().getBody().getSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(twips(WIDTH_MM)));
		size.setH(BigInteger.valueOf(twips(HEIGHT_MM)));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(TOP_MM)));
		margins.setLeft(BigInteger.valueOf(twips(LEFT_MM)));
		margins.setRight(BigInteger.valueOf(twips(RIGHT_MM)));
		margins.setBottom(BigInteger.valueOf(twips(BOTTOM_MM)));
		margins.setHeader(BigInteger.valueOf(twips(HEADER_MM)));
		margins.setFooter(BigInteger.valueOf(twips(FOOTER_MM)));
		margins.setGutter(BigInteger.ZERO);
	}

	/** "— PAGE —" centred, the number a PAGE field. */
	private static void footer(XWPFFooter footer) {
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		text(paragraph, "— ");
		run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		run(paragraph).getCTR().addNewInstrText().setStringValue(" PAGE ");
		run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		text(paragraph, "1");
		run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		text(paragraph, " —");
	}

	private static void text(XWPFParagraph paragraph, String text) {
		run(paragraph).setText(text);
	}

	private static XWPFRun run(XWPFParagraph paragraph) {
		XWPFRun run = paragraph.createRun();
		Face.PAGE_NUMBER.applyTo(run);
		return run;
	}

	private Page() {
	}
}
