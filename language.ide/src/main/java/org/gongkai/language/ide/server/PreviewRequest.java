package org.gongkai.language.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.gongkai.language.ide.preview.ReportPreviews;
import org.gongkai.language.ide.preview.ReportPreviews.Preview;

import com.google.inject.Inject;

/**
 * The request {@code gongkai/preview} with a document's URI: {html, errors, warnings, firstError, parts} as
 * {@link ReportPreviews} makes them, so that an editor can show the finished report beside the text (the browser
 * workbench, VS Code's preview; the Eclipse plug-in shows the same in-process).
 */
@JsonSegment("gongkai")
public class PreviewRequest implements ILanguageServerExtension {

	@Inject
	private ReportPreviews previews;

	private ILanguageServerAccess access;

	@Override
	public void initialize(ILanguageServerAccess access) {
		this.access = access;
	}

	@JsonRequest
	public CompletableFuture<Preview> preview(TextDocumentIdentifier document) {
		return access.doRead(document.getUri(), context -> previews.of(context.getResource(), context.getCancelChecker()));
	}
}
