package org.gongkai.language.ui.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;

/** Runs an action after each change of a document (the outline and the preview refresh on it). */
public final class OnDocumentChanged implements IDocumentListener {

	private final Runnable action;

	public OnDocumentChanged(Runnable action) {
		this.action = action;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		action.run();
	}
}
