package org.gongkai.language.generator.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The document's defaults: text is Chinese in the body's face, so that whatever a reader types into the
 * document, and the marks of empty paragraphs, look like the body.
 */
final class Defaults {

	public static void set(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setEastAsia(Face.BODY.font());
		fonts.setAscii(Face.BODY.font());
		fonts.setHAnsi(Face.BODY.font());
		styles.setDefaultFonts(fonts);
		styles.setEastAsia("zh-CN");
		CTDocDefaults defaults = styles.getCtStyles().getDocDefaults();
		CTRPr run = defaults.getRPrDefault().getRPr();
		run.addNewSz().setVal(BigInteger.valueOf(Math.round(Face.BODY.points() * 2)));
	}

	private Defaults() {
	}
}
