package org.gongkai.language.ui.quickfix;

import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.statushandlers.StatusManager;
import org.gongkai.language.ide.quickfix.QuickFix;

/**
 * One quick fix, applied to the report's document: the editor's when it is open (one undoable change, saved as the
 * writer saves), else the file's, which is then saved — but only when it had no unsaved changes before.
 */
final class QuickFixResolution implements IMarkerResolution2 {

	private static final String BUNDLE = "org.gongkai.language.ui";

	private final String label;

	QuickFixResolution(String label) {
		this.label = label;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getDescription() {
		return label;
	}

	@Override
	public Image getImage() {
		return null;
	}

	/** Finds the fix again on the current text (it may have changed since the menu was shown) and applies it. */
	@Override
	public void run(IMarker marker) {
		Optional<QuickFix> fix = QuickFixResolutions.fixes(marker).stream().filter(f -> f.label().equals(label)).findFirst();
		if (fix.isEmpty() || !(marker.getResource() instanceof IFile file)) {
			report(IStatus.WARNING, "报告已改动，这个快速修复不再适用：" + label, null);
			return;
		}
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		try {
			buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				boolean unsaved = buffer.isDirty();
				MultiTextEdit edits = new MultiTextEdit();
				fix.get().edits().forEach(edit -> edits.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.replacement())));
				edits.apply(buffer.getDocument());
				if (!unsaved) {
					buffer.commit(null, false);
				}
			} finally {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException | MalformedTreeException e) {
			report(IStatus.ERROR, "无法应用快速修复「" + label + "」：" + e.getMessage(), e);
		}
	}

	private static void report(int severity, String message, Throwable cause) {
		StatusManager.getManager().handle(new Status(severity, BUNDLE, message, cause), StatusManager.SHOW | StatusManager.LOG);
	}
}
