package org.gongkai.language.ui.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Syntax colouring by the language's lexer ({@link LexerTokenScanner}). Every change recolours the whole document:
 * reports are small, and a change can open or close a string or comment that runs over many lines.
 */
public class GongkaiPresentationReconciler extends PresentationReconciler {

	public GongkaiPresentationReconciler() {
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new LexerTokenScanner());
		setDamager(new WholeDocument(), IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	private static final class WholeDocument implements IPresentationDamager {
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			return new Region(0, document.getLength());
		}
	}
}
