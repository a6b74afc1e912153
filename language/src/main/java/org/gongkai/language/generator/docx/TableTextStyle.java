package org.gongkai.language.generator.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph style of a table's text in one face: no space before or after, the face for the text and for the
 * paragraph mark (so that an empty cell is no taller than a full one). Hundreds of cells name it instead of each
 * carrying the face, which keeps the document small and lets a reader restyle all tables at once in Word.
 */
final class TableTextStyle {

	/** The style's id in the document (表格文字 at the face's size, e.g. {@code GongkaiTable105} for 五号). */
	public static String of(XWPFDocument document, Face face) {
		String id = "GongkaiTable" + Math.round(face.points() * 10);
		XWPFStyles styles = document.createStyles();
		if (!styles.styleExist(id)) {
			styles.addStyle(new XWPFStyle(style(id, face), styles));
		}
		return id;
	}

	private static CTStyle style(String id, Face face) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.setCustomStyle(true);
		style.addNewName().setVal("表格文字 " + face.points() + "pt");
		CTPPrGeneral paragraph = style.addNewPPr();
		CTSpacing spacing = paragraph.addNewSpacing();
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.ZERO);
		CTRPr run = style.addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setEastAsia(face.font());
		fonts.setAscii(face.font());
		fonts.setHAnsi(face.font());
		run.addNewSz().setVal(BigInteger.valueOf(Math.round(face.points() * 2)));
		return style;
	}

	private TableTextStyle() {
	}
}
