package org.gongkai.language.ide.hover;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Hover on a table ({@link TableHoverTexts}, shared with the Eclipse editor) as Markdown; other places: Xtext's hover
 * (documentation).
 */
public class GongkaiHoverService extends HoverService {

	@Inject
	private TableHoverTexts tableHovers;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		return tableHovers.at(resource, document.getOffSet(params.getPosition())).map(text -> {
			Range range = new Range(document.getPosition(text.offset()), document.getPosition(text.offset() + text.length()));
			return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.markdown()), range);
		}).orElseGet(() -> super.hover(document, resource, params, cancelIndicator));
	}
}
