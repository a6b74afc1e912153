package org.gongkai.language.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.gongkai.language.ui.GongkaiLanguage;
import org.gongkai.language.ui.GongkaiUi;

import com.google.inject.Injector;

/**
 * Completion by the language server's proposal provider (language.ide's {@code GongkaiContentProposalProvider},
 * in-process): the keywords the template allows at the cursor, in the writer's spelling, with the official label.
 */
public class GongkaiContentAssistProcessor implements IContentAssistProcessor {

	private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "gongkai-content-assist");
		thread.setDaemon(true);
		return thread;
	});

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		try {
			return entries(viewer.getDocument().get(), offset).stream().map(entry -> proposal(entry, offset))
					.toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			GongkaiUi.log("计算补全建议时出错", e);
			return new ICompletionProposal[0];
		}
	}

	/** The proposals at an offset of a report's text. */
	public static List<ContentAssistEntry> entries(String text, int offset) {
		Injector injector = GongkaiLanguage.injector();
		XtextResource resource = GongkaiLanguage.parse(text);
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	private static ICompletionProposal proposal(ContentAssistEntry entry, int offset) {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
		String display = entry.getDescription() != null ? label + " – " + entry.getDescription() : label;
		return new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(), entry.getProposal().length(),
				null, display, null, entry.getDocumentation());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
