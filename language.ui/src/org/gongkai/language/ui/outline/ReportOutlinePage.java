package org.gongkai.language.ui.outline;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.gongkai.language.ui.GongkaiLanguage;
import org.gongkai.language.ui.editor.OnDocumentChanged;

/** The Outline view of a report editor: {@link OutlineNode}s, renewed as the text changes; a click selects the entry's text. */
public final class ReportOutlinePage extends ContentOutlinePage {

	private static final int DELAY_MS = 400;

	private final ITextEditor editor;
	private final IDocumentListener listener = new OnDocumentChanged(this::scheduleRefresh);
	private boolean refreshScheduled;

	ReportOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return ((OutlineNode) element).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).name();
			}
		});
		refresh();
		document().addDocumentListener(listener);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineNode node) {
			editor.selectAndReveal(node.offset(), node.length());
		}
	}

	@Override
	public void dispose() {
		IDocument document = document();
		if (document != null) {
			document.removeDocumentListener(listener);
		}
		super.dispose();
	}

	private void scheduleRefresh() {
		if (refreshScheduled || getControl() == null || getControl().isDisposed()) {
			return;
		}
		refreshScheduled = true;
		getControl().getDisplay().timerExec(DELAY_MS, () -> {
			refreshScheduled = false;
			if (getControl() != null && !getControl().isDisposed()) {
				refresh();
			}
		});
	}

	private void refresh() {
		IDocument document = document();
		if (document == null) {
			return;
		}
		TreeViewer viewer = getTreeViewer();
		viewer.setInput(OutlineNode.of(GongkaiLanguage.parse(document.get())));
		viewer.expandAll();
	}

	private IDocument document() {
		return editor.getDocumentProvider() == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
