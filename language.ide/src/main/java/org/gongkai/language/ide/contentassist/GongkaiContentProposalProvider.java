package org.gongkai.language.ide.contentassist;

import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.gongkai.language.ide.spelling.WritingLanguage;
import org.gongkai.language.template.Term;

import com.google.inject.Inject;

/**
 * Keyword completion by the template: inside a column only that column's fields or rows (for the report's format),
 * in a table part only its columns, and so on ({@link TemplateKeywords}); each with its official label as detail;
 * each in one spelling, English or the Chinese alias, as the writer writes ({@link WritingLanguage}).
 */
public class GongkaiContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private TemplateKeywords templateKeywords;

	/** The words of the structure ({@code section}, {@code previous}) are rules of their own, one word in two spellings. */
	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Optional<Term> word = TemplateKeywords.structureWord(ruleCall.getRule().getName());
		if (word.isEmpty()) {
			super._createProposals(ruleCall, context, acceptor);
			return;
		}
		propose(WritingLanguage.spell(word.get(), isChinese(context)), Optional.of(word.get().alias()), context, acceptor);
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (TemplateKeywords.structureWord(GrammarUtil.containingRule(keyword).getName()).isPresent()) {
			return; // proposed for the rule call
		}
		if (!(keyword.eContainer() instanceof EnumLiteralDeclaration declaration)) {
			super._createProposals(keyword, context, acceptor);
			return;
		}
		if (!keyword.getValue().equals(spelling(declaration, isChinese(context)))) {
			return;
		}
		String rule = GrammarUtil.containingRule(keyword).getName();
		Optional<String> detail = templateKeywords.detail(rule, declaration.getEnumLiteral().getLiteral(), context.getCurrentModel());
		if (detail == null) {
			return;
		}
		propose(keyword.getValue(), detail, context, acceptor);
	}

	private void propose(String keyword, Optional<String> detail, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(keyword, context, e -> {
			e.setKind(ContentAssistEntry.KIND_KEYWORD);
			detail.ifPresent(e::setDescription);
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword, entry));
		}
	}

	private static boolean isChinese(ContentAssistContext context) {
		return WritingLanguage.isChinese(context.getRootNode(), context.getOffset() - context.getPrefix().length());
	}

	/** The English keyword, or the first Chinese spelling the grammar gives the same literal. */
	private static String spelling(EnumLiteralDeclaration declaration, boolean chinese) {
		String english = declaration.getEnumLiteral().getLiteral();
		if (!chinese) {
			return english;
		}
		return EcoreUtil2.eAllOfType(GrammarUtil.containingRule(declaration), EnumLiteralDeclaration.class).stream()
				.filter(d -> d.getEnumLiteral() == declaration.getEnumLiteral())
				.map(d -> d.getLiteral().getValue()).filter(v -> !v.equals(english)).findFirst().orElse(english);
	}
}
