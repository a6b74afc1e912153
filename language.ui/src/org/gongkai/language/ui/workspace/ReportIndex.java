package org.gongkai.language.ui.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.gongkai.language.report.ReportKeys;

/**
 * The index of each project's reports (each under its name and its organ and year), as the validator needs it to
 * find last year's report. A file is parsed again only when its text has changed.
 */
final class ReportIndex {

	private record Entry(String stamp, IResourceDescription description) {
	}

	static final ReportIndex INSTANCE = new ReportIndex();

	private final Map<IFile, Entry> entries = new ConcurrentHashMap<>();

	/** The index of a project's reports as they are now. */
	ResourceDescriptionsData current(IProject project) {
		List<IFile> files = WorkspaceReports.all(project);
		Set<IFile> present = new HashSet<>(files);
		entries.keySet().removeIf(file -> file.getProject().equals(project) && !present.contains(file));
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (IFile file : files) {
			Entry entry = entry(file);
			if (entry != null) {
				descriptions.add(entry.description());
			}
		}
		return new ResourceDescriptionsData(descriptions);
	}

	/** The organs (spaces removed) the file's report had when it was last indexed; empty when never indexed. */
	Set<String> organs(IFile file) {
		Entry entry = entries.get(file);
		Set<String> organs = new HashSet<>();
		if (entry != null) {
			for (IEObjectDescription exported : entry.description().getExportedObjects()) {
				if (ReportKeys.isOrganYear(exported.getName()) && exported.getName().getSegmentCount() > 1) {
					organs.add(exported.getName().getSegment(1));
				}
			}
		}
		return organs;
	}

	private Entry entry(IFile file) {
		String stamp = WorkspaceReports.stamp(file);
		Entry entry = entries.get(file);
		if (entry != null && entry.stamp().equals(stamp)) {
			return entry;
		}
		try {
			IResourceDescription description = SerializableResourceDescription.createCopy(ReportChecker.describe(file));
			entry = new Entry(stamp, description);
			entries.put(file, entry);
			return entry;
		} catch (IOException e) {
			entries.remove(file);
			return null;
		}
	}
}
