package org.gongkai.language.ide.highlighting;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.report.TextReference;
import org.gongkai.language.report.Texts;

import com.google.inject.Inject;

/**
 * Semantic tokens (served by Xtext's SemanticTokensService): what the parser made of each word, which a TextMate
 * grammar can only guess — the words of the structure as keywords (brackets and punctuation left alone), rows,
 * columns and fields of the tables as properties, numbers and dates as numbers, and each {@code ${…}} that names a cell as a variable.
 */
public class GongkaiHighlighting implements ISemanticHighlightingCalculator {

	private static final Set<String> TABLE_KEYS = Set.of("ColumnKey", "CellKey");
	private static final Set<String> NUMBERS = Set.of("INT", "DECIMAL", "SIGNED", "AMOUNT", "DATE", "MONTH_DAY");
	private static final Set<String> TEXTS = Set.of("STRING", "CURLY_STRING");

	@Inject
	private ReportViews views;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		ReportView view = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report) ? null
				: views.of(report);
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() || leaf.getLength() == 0) {
				continue;
			}
			EObject element = leaf.getGrammarElement();
			String keywordRule = keywordRule(element);
			if (keywordRule != null) {
				if (leaf.getText().codePoints().anyMatch(Character::isLetter)) {
					acceptor.addPosition(leaf.getOffset(), leaf.getLength(),
							TABLE_KEYS.contains(keywordRule) ? SemanticTokenTypes.Property : SemanticTokenTypes.Keyword);
				}
			} else if (element instanceof RuleCall call) {
				AbstractRule rule = call.getRule();
				if (NUMBERS.contains(rule.getName())) {
					acceptor.addPosition(leaf.getOffset(), leaf.getLength(), SemanticTokenTypes.Number);
				} else if (TEXTS.contains(rule.getName()) && view != null) {
					references(leaf, view, acceptor);
				}
			}
		}
	}

	/** The rule a keyword belongs to (a keyword rule, an enum), or null when the token is no keyword. */
	private static String keywordRule(EObject element) {
		if (element instanceof Keyword || element instanceof EnumLiteralDeclaration) {
			return GrammarUtil.containingRule(element).getName();
		}
		return element instanceof RuleCall call && call.getRule() instanceof EnumRule ? call.getRule().getName() : null;
	}

	/** The {@code ${…}} of a text that name a cell or a header value. */
	private static void references(ILeafNode text, ReportView view, IHighlightedPositionAcceptor acceptor) {
		List<TextReference> references = Texts.references(text.getText());
		for (TextReference reference : references) {
			if (reference.closed() && view.resolves(reference.path())) {
				acceptor.addPosition(text.getOffset() + reference.start(), reference.end() - reference.start(),
						SemanticTokenTypes.Variable);
			}
		}
	}
}
