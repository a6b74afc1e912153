package org.gongkai.language.ide.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.gongkai.language.ide.input.HeaderScan;
import org.gongkai.language.report.ReportKeys;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext builds a whole workspace before it answers {@code initialize} (eclipse/xtext#3492): in a folder of 10,000
 * reports an opened report got its diagnostics after half a minute. Here the initial build only lists the workspace's
 * reports as pending; the build that follows (started once the client is initialized, or by the first opened report)
 * checks first what it was asked for — an opened report — together with the pending reports of the same organ (last
 * year's report among them, so that the cross-year rules see it), and then the rest in slices of
 * {@value #SLICE} reports. A new request (an edit) stops it between two slices (or within one); what is left stays
 * pending for the next build, which checks that request's report first again, with at most the slice it stopped.
 */
@Singleton
public class StagedBuildManager extends BuildManager {

	static final int SLICE = 50;
	/** A report is a few kilobytes; a larger file is not read for its organ (it is checked in its slice). */
	private static final long LARGEST_SCANNED = 1 << 20;

	private final Set<URI> pending = new LinkedHashSet<>();
	/** Whether a build has started since the workspace was listed. */
	private volatile boolean built;
	/** The organ of each pending report, read once from its tokens when an opened report first needs its companions. */
	private Map<URI, String> pendingOrgans;
	private WorkspaceManager workspace;

	@Inject
	private IFileSystemScanner scanner;

	@Inject
	private IResourceServiceProvider.Registry languages;

	@Override
	public void setWorkspaceManager(WorkspaceManager workspaceManager) {
		super.setWorkspaceManager(workspaceManager);
		workspace = workspaceManager;
	}

	@Override
	public List<IResourceDescription.Delta> doInitialBuild(List<ProjectDescription> projects, CancelIndicator indicator) {
		for (ProjectDescription project : sortByDependencies(projects)) {
			ProjectManager manager = workspace.getProjectManager(project.getName());
			// a build of nothing gives the project its resource set and its place in the index, which requests need
			manager.doBuild(List.of(), List.of(), List.of(), indicator);
			IProjectConfig config = manager.getProjectConfig();
			for (ISourceFolder folder : config.getSourceFolders()) {
				for (URI file : folder.getAllResources(scanner)) {
					if (languages.getResourceServiceProvider(file) != null) {
						pending.add(file);
					}
				}
			}
		}
		pendingOrgans = null;
		built = false;
		return List.of();
	}

	/** Whether a build has started since the workspace was last listed (an opened report's, say). */
	public boolean hasBuilt() {
		return built;
	}

	@Override
	public Buildable submit(List<URI> dirtyFiles, List<URI> deletedFiles) {
		built = true;
		pending.removeAll(dirtyFiles);
		pending.removeAll(deletedFiles);
		if (pending.isEmpty()) {
			return super.submit(dirtyFiles, deletedFiles);
		}
		return cancelIndicator -> {
			List<URI> first = new ArrayList<>(dirtyFiles);
			first.addAll(companions(dirtyFiles));
			List<IResourceDescription.Delta> deltas = new ArrayList<>(super.submit(first, deletedFiles).build(cancelIndicator));
			while (!pending.isEmpty() && !cancelIndicator.isCanceled()) {
				deltas.addAll(super.submit(nextSlice(), List.of()).build(cancelIndicator));
			}
			return deltas;
		};
	}

	/** The pending reports of the organs of the opened reports among {@code files}, taken out of the pending ones. */
	private List<URI> companions(List<URI> files) {
		Set<String> organs = new LinkedHashSet<>();
		for (URI file : files) {
			if (workspace.isDocumentOpen(file)) {
				organ(file).ifPresent(organs::add);
			}
		}
		if (organs.isEmpty()) {
			return List.of();
		}
		if (pendingOrgans == null) {
			pendingOrgans = new HashMap<>();
			for (URI file : pending) {
				organ(file).ifPresent(organ -> pendingOrgans.put(file, organ));
			}
		}
		List<URI> companions = new ArrayList<>();
		for (Iterator<URI> files2 = pending.iterator(); files2.hasNext();) {
			URI file = files2.next();
			if (organs.contains(pendingOrgans.get(file))) {
				companions.add(file);
				files2.remove();
			}
		}
		return companions;
	}

	private List<URI> nextSlice() {
		List<URI> slice = new ArrayList<>(SLICE);
		for (Iterator<URI> files = pending.iterator(); files.hasNext() && slice.size() < SLICE;) {
			slice.add(files.next());
			files.remove();
		}
		return slice;
	}

	/** The organ a report's file names, spaces ignored; the file on disk (an opened report's organ is rarely being typed). */
	private static Optional<String> organ(URI file) {
		if (!file.isFile() || !"gongkai".equals(file.fileExtension())) {
			return Optional.empty();
		}
		try {
			Path path = Path.of(file.toFileString());
			if (Files.size(path) > LARGEST_SCANNED) {
				return Optional.empty();
			}
			return HeaderScan.organ(Files.readString(path, UTF_8)).map(ReportKeys::normalizeOrgan);
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
