package org.gongkai.language.ide.contentassist;

import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Keyword completion by the template: inside a column only that column's fields or rows (for the report's format),
 * in a table part only its columns, and so on ({@link TemplateKeywords}); each with its official label as detail;
 * each in one spelling, English or the Chinese alias, as the writer writes ({@link WritingLanguage}).
 */
public class GongkaiContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private TemplateKeywords templateKeywords;

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!(keyword.eContainer() instanceof EnumLiteralDeclaration declaration)) {
			super._createProposals(keyword, context, acceptor);
			return;
		}
		if (!keyword.getValue().equals(spelling(declaration, WritingLanguage.isChinese(context)))) {
			return;
		}
		String rule = GrammarUtil.containingRule(keyword).getName();
		Optional<String> detail = templateKeywords.detail(rule, declaration.getEnumLiteral().getLiteral(), context.getCurrentModel());
		if (detail == null) {
			return;
		}
		ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context, e -> {
			e.setKind(ContentAssistEntry.KIND_KEYWORD);
			detail.ifPresent(e::setDescription);
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
		}
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
