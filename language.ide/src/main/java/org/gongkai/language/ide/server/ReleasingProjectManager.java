package org.gongkai.language.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's project manager keeps every report a build loaded in its resource set: after the initial build, the whole
 * workspace (syntax trees, node models, report views), about 0.1 MB a report. This one keeps only the open documents
 * after each build; the index keeps what the other reports export, and a closed report is loaded again when a build
 * or a request needs it (last year's report, when an open report is checked).
 */
public class ReleasingProjectManager extends ProjectManager {

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		try {
			return super.doBuild(dirtyFiles, deletedFiles, externalDeltas, cancelIndicator);
		} finally {
			releaseClosedDocuments();
		}
	}

	private void releaseClosedDocuments() {
		XtextResourceSet resources = getResourceSet();
		if (resources == null) {
			return;
		}
		for (Resource resource : List.copyOf(resources.getResources())) {
			if (!getOpenedDocumentsContentProvider().hasContent(resource.getURI())) {
				resources.getResources().remove(resource);
				resource.unload();
			}
		}
	}
}
