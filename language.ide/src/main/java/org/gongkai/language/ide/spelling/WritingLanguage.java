package org.gongkai.language.ide.spelling;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.gongkai.language.template.Term;

/**
 * Whether the writer writes keywords in Chinese at a place: the last keyword with letters before it is Chinese.
 * Completion proposes, and quick fixes write, keywords in that spelling.
 */
public final class WritingLanguage {

	private WritingLanguage() {
	}

	/** @param root the parse tree's root; {@code offset} where the keyword is to be written */
	public static boolean isChinese(INode root, int offset) {
		if (root == null) {
			return false;
		}
		Boolean chinese = null;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.getOffset() >= offset) {
				break;
			}
			if (!leaf.isHidden() && isKeyword(leaf.getGrammarElement())) {
				String text = leaf.getText();
				if (text.codePoints().anyMatch(WritingLanguage::isHan)) {
					chinese = true;
				} else if (text.codePoints().anyMatch(Character::isLetter)) {
					chinese = false;
				}
			}
		}
		return chinese != null && chinese;
	}

	/** The term as the writer writes it: the short Chinese alias, or the English keyword. */
	public static String spell(Term term, boolean chinese) {
		return chinese ? term.alias() : term.keyword();
	}

	public static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static boolean isKeyword(EObject element) {
		return element instanceof Keyword || element instanceof EnumLiteralDeclaration
				|| element instanceof RuleCall call && call.getRule() instanceof EnumRule;
	}
}
