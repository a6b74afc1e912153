package org.gongkai.language.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Topic;
import org.gongkai.language.gongkai.Topics;

/**
 * What folds: each part (a table folds with its section), each topic of part 一 and each header entry that spans
 * lines (a long preamble), and block comments. Not the columns and cells inside a table.
 */
public class GongkaiFoldingRanges extends DefaultFoldingRangeProvider {

	@Override
	protected boolean isHandled(EObject object) {
		return object instanceof Section || object instanceof Topic || object instanceof Header;
	}

	@Override
	protected boolean shouldProcessContent(EObject object) {
		return object instanceof Report || object instanceof Section || object instanceof Topics;
	}
}
