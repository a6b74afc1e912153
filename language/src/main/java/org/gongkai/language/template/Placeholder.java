package org.gongkai.language.template;

/** The text that `gongkai new` and the quick fixes put where the writer still has to write; the validator flags it. */
public final class Placeholder {

	public static final String TEXT = "〔待填写〕";

	private Placeholder() {
	}
}
