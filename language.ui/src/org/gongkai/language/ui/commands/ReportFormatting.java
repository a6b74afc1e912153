package org.gongkai.language.ui.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.gongkai.language.ui.GongkaiLanguage;

/** The language's formatter through the formatting service the language server uses: two spaces a level. */
public final class ReportFormatting {

	private static final int TAB_SIZE = 2;

	/** The edits that format the whole text, as one edit to apply to a document. */
	public static MultiTextEdit edits(String text) {
		XtextResource resource = GongkaiLanguage.parse(text);
		Document document = new Document(1, text);
		List<TextEdit> edits = new ArrayList<>(GongkaiLanguage.injector().getInstance(FormattingService.class)
				.format(resource, document, 0, text.length(), new FormattingOptions(TAB_SIZE, true)));
		edits.sort(Comparator.comparingInt(edit -> document.getOffSet(edit.getRange().getStart())));
		MultiTextEdit result = new MultiTextEdit();
		for (TextEdit edit : edits) {
			int start = document.getOffSet(edit.getRange().getStart());
			int end = document.getOffSet(edit.getRange().getEnd());
			result.addChild(new ReplaceEdit(start, end - start, edit.getNewText()));
		}
		return result;
	}

	private ReportFormatting() {
	}
}
