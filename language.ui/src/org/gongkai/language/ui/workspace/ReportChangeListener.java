package org.gongkai.language.ui.workspace;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.gongkai.language.ui.GongkaiUi;

/**
 * Keeps the markers of all the workspace's reports current without any set-up of the project (no nature, no
 * builder to add): a report file that is added, changed on disk or saved is checked again with the other years of
 * its organ; so is a report whose editor was closed (its markers may have been those of unsaved text).
 */
public final class ReportChangeListener implements IResourceChangeListener, IFileBufferListener {

	private static boolean installed;

	/** Listens from now on, and checks every report of the workspace once. */
	public static synchronized void install() {
		if (installed) {
			return;
		}
		installed = true;
		ReportChangeListener listener = new ReportChangeListener();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
		FileBuffers.getTextFileBufferManager().addFileBufferListener(listener);
		ReportRevalidation.INSTANCE.all();
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Set<IFile> files = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				if (WorkspaceReports.isReport(delta.getResource()) && changesText(delta)) {
					files.add((IFile) delta.getResource());
				}
				return true;
			});
		} catch (CoreException e) {
			GongkaiUi.log("读取工作区变化时出错", e);
		}
		if (!files.isEmpty()) {
			ReportRevalidation.INSTANCE.changed(files);
		}
	}

	private static boolean changesText(IResourceDelta delta) {
		return switch (delta.getKind()) {
		case IResourceDelta.ADDED, IResourceDelta.REMOVED -> true;
		case IResourceDelta.CHANGED -> (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0;
		default -> false;
		};
	}

	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		IPath location = buffer.getLocation();
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (location != null && WorkspaceReports.isReport(root.findMember(location))) {
			ReportRevalidation.INSTANCE.changed(Set.of(root.getFile(location)));
		}
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentReplaced(IFileBuffer buffer) {
	}

	@Override
	public void stateChanging(IFileBuffer buffer) {
	}

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
	}

	@Override
	public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
	}

	@Override
	public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
	}

	@Override
	public void underlyingFileDeleted(IFileBuffer buffer) {
	}

	@Override
	public void stateChangeFailed(IFileBuffer buffer) {
	}
}
