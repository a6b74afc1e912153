package org.gongkai.language.ui.editor;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.service.OperationCanceledError;
import org.gongkai.language.ui.GongkaiUi;
import org.gongkai.language.ui.workspace.ProblemMarkers;
import org.gongkai.language.ui.workspace.ReportChecker;
import org.gongkai.language.ui.workspace.WorkspaceReports;

/** Checks the whole document of a workspace report (with last year's report from the workspace) into markers. */
final class ReportReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		check();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		check();
	}

	@Override
	public void reconcile(IRegion partition) {
		check();
	}

	private void check() {
		IFile file = document == null ? null : WorkspaceReports.file(document);
		if (file == null) {
			return;
		}
		try {
			ProblemMarkers.replace(file, ReportChecker.check(file, monitor::isCanceled));
		} catch (OperationCanceledError e) {
			// the text changed meanwhile: the reconciler checks it again
		} catch (CoreException | IOException | RuntimeException e) {
			GongkaiUi.log("检查 " + file.getFullPath() + " 时出错", e);
		}
	}
}
