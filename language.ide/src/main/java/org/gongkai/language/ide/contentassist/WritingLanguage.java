package org.gongkai.language.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.nodemodel.ILeafNode;

/** Whether the writer writes keywords in Chinese: the last keyword with letters before the cursor is Chinese. */
final class WritingLanguage {

	private WritingLanguage() {
	}

	static boolean isChinese(ContentAssistContext context) {
		if (context.getRootNode() == null) {
			return false;
		}
		int before = context.getOffset() - context.getPrefix().length();
		Boolean chinese = null;
		for (ILeafNode leaf : context.getRootNode().getLeafNodes()) {
			if (leaf.getOffset() >= before) {
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

	private static boolean isKeyword(EObject element) {
		return element instanceof Keyword || element instanceof EnumLiteralDeclaration
				|| element instanceof RuleCall call && call.getRule() instanceof EnumRule;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}
}
