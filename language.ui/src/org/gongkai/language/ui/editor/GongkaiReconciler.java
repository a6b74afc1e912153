package org.gongkai.language.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.reconciler.Reconciler;
import org.gongkai.language.ui.workspace.ReportChangeListener;

/** Checks the report in the editor after every change (half a second after typing stops) and renews its markers. */
public class GongkaiReconciler extends Reconciler {

	public GongkaiReconciler() {
		ReportChangeListener.install();
		setReconcilingStrategy(new ReportReconcilingStrategy(), IDocument.DEFAULT_CONTENT_TYPE);
		setDelay(500);
	}
}
