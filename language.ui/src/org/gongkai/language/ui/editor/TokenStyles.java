package org.gongkai.language.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The colours of the editor: one per kind of token, and one for the columns whose total Gongkai computes. */
public enum TokenStyles {
	KEYWORD(new RGB(127, 0, 85), SWT.BOLD),
	NUMBER(new RGB(0, 110, 150), SWT.NORMAL),
	STRING(new RGB(42, 0, 255), SWT.NORMAL),
	REFERENCE(new RGB(196, 100, 0), SWT.BOLD),
	COMMENT(new RGB(63, 127, 95), SWT.ITALIC),
	/** A column keyword whose total is left out and computed: the keyword's colour, underlined. */
	COMPUTED(new RGB(127, 0, 85), SWT.BOLD | TextAttribute.UNDERLINE);

	private final RGB rgb;
	private final IToken token;

	TokenStyles(RGB rgb, int style) {
		this.rgb = rgb;
		this.token = new Token(new TextAttribute(new Color(rgb), null, style));
	}

	public RGB rgb() {
		return rgb;
	}

	IToken token() {
		return token;
	}
}
