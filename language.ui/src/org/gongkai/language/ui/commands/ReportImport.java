package org.gongkai.language.ui.commands;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.SubMonitor;
import org.gongkai.importer.ImportTargets;
import org.gongkai.importer.Importer;
import org.gongkai.language.ui.workspace.WorkspaceReports;

/**
 * "Import report" for a published file in the workspace: read by the command line's importer ({@link Importer}, as
 * {@code gongkai import} and VS Code), written as a new file beside it under the first free name
 * ({@link ImportTargets#freeName}): nothing is ever overwritten, and a file that is no report writes nothing.
 */
final class ReportImport {

	/** The report written and what the importer found. */
	record Outcome(IFile report, Importer.Imported imported) {
	}

	/**
	 * @throws org.gongkai.importer.ImportProblem the file holds no report (its message says why, in Chinese)
	 */
	static Outcome run(IFile published, SubMonitor progress) throws IOException, CoreException {
		IPath location = published.getLocation();
		if (location == null) {
			throw new NoSuchFileException(published.getFullPath().toString());
		}
		progress.setWorkRemaining(2);
		progress.subTask("读取 " + published.getName());
		Importer.Imported imported = Importer.importFile(location.toPath(), false);
		progress.worked(1);
		progress.subTask("写出报告");
		IContainer folder = published.getParent();
		byte[] bytes = imported.source().getBytes(StandardCharsets.UTF_8);
		while (true) {
			IFile report = folder.getFile(IPath.fromPortableString(ImportTargets.freeName(published.getName(), name -> taken(folder, name))));
			try {
				// create, not setContents: fails when the file is there (in the workspace or only on disk)
				report.create(new ByteArrayInputStream(bytes), IResource.NONE, progress.split(1));
				return new Outcome(report, imported);
			} catch (CoreException e) {
				if (!taken(folder, report.getName())) {
					throw e;
				}
				// written meanwhile by someone else: the next free name
			}
		}
	}

	private static boolean taken(IContainer folder, String name) {
		return WorkspaceReports.taken(folder.getFile(IPath.fromPortableString(name)));
	}

	private ReportImport() {
	}
}
