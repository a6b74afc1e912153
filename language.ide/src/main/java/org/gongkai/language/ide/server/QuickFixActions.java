package org.gongkai.language.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.gongkai.language.ide.quickfix.QuickFix;
import org.gongkai.language.ide.quickfix.QuickFixes;

import com.google.inject.Inject;

/**
 * The quick fixes ({@link QuickFixes}) as LSP code actions: one per fix of each diagnostic the client sends back,
 * read from the diagnostic's code, data (as published: the validator's issue data) and range.
 */
public class QuickFixActions implements ICodeActionService2 {

	@Inject
	private QuickFixes quickFixes;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		CodeActionContext context = options.getCodeActionParams().getContext();
		if (!wantsQuickFixes(context) || context.getDiagnostics().isEmpty()) {
			return List.of();
		}
		// the language server gives the request's URI, not its document and resource
		return options.getLanguageServerAccess().doSyncRead(options.getURI(), read -> read.getResource() instanceof XtextResource resource
				? actions(context, read.getDocument(), resource, options.getURI()) : List.of());
	}

	private List<Either<Command, CodeAction>> actions(CodeActionContext context, Document document, XtextResource resource, String uri) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : context.getDiagnostics()) {
			Optional<Issue> issue = issue(diagnostic, document);
			for (QuickFix fix : issue.map(i -> quickFixes.of(i, resource)).orElse(List.of())) {
				CodeAction action = new CodeAction(fix.label());
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				action.setIsPreferred(true);
				action.setEdit(new WorkspaceEdit(Map.of(uri, fix.edits().stream().map(e -> edit(e, document)).toList())));
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}

	private static boolean wantsQuickFixes(CodeActionContext context) {
		return context.getOnly() == null || context.getOnly().stream()
				.anyMatch(kind -> kind.isEmpty() || CodeActionKind.QuickFix.equals(kind) || CodeActionKind.QuickFix.startsWith(kind + "."));
	}

	/**
	 * The issue a diagnostic was made from; none when its range is no longer in the document (a client may send back a
	 * diagnostic published for an earlier version of the text).
	 */
	private static Optional<Issue> issue(Diagnostic diagnostic, Document document) {
		int offset;
		int end;
		try {
			offset = document.getOffSet(diagnostic.getRange().getStart());
			end = document.getOffSet(diagnostic.getRange().getEnd());
		} catch (IndexOutOfBoundsException e) {
			return Optional.empty();
		}
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(diagnostic.getCode() == null ? null
				: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight()));
		issue.setData(DiagnosticData.strings(diagnostic.getData()));
		issue.setOffset(offset);
		issue.setLength(end - offset);
		issue.setMessage(diagnostic.getMessage() == null || !diagnostic.getMessage().isLeft() ? null : diagnostic.getMessage().getLeft());
		return Optional.of(issue);
	}

	private static TextEdit edit(org.gongkai.language.ide.quickfix.TextEdit edit, Document document) {
		return new TextEdit(new Range(document.getPosition(edit.offset()), document.getPosition(edit.endOffset())), edit.replacement());
	}
}
