package org.gongkai.language.ui.workspace;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.service.OperationCanceledError;
import org.gongkai.language.ui.GongkaiUi;

/**
 * Checks report files in the background and renews their markers: those that changed and the other years of their
 * organs in the same project, whose {@code previous} rules read them. Files asked for while it runs are checked in
 * its next run.
 */
public final class ReportRevalidation extends Job {

	public static final ReportRevalidation INSTANCE = new ReportRevalidation();

	private final Set<IFile> changed = new LinkedHashSet<>();
	private boolean everything;

	private ReportRevalidation() {
		super("检查 Gongkai 年度报告");
		setSystem(true);
		setPriority(DECORATE);
	}

	/** Checks these files and the reports of the same organs. */
	public void changed(Set<IFile> files) {
		synchronized (changed) {
			changed.addAll(files);
		}
		schedule(100);
	}

	/** Checks every report of the workspace. */
	public void all() {
		synchronized (changed) {
			everything = true;
		}
		schedule(100);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Set<IFile> files;
		boolean all;
		synchronized (changed) {
			files = new LinkedHashSet<>(changed);
			all = everything;
			changed.clear();
			everything = false;
		}
		for (IFile file : affected(files, all)) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				ProblemMarkers.replace(file, ReportChecker.check(file, monitor::isCanceled));
			} catch (OperationCanceledError e) {
				return Status.CANCEL_STATUS;
			} catch (CoreException | IOException | RuntimeException e) {
				GongkaiUi.log("检查 " + file.getFullPath() + " 时出错", e);
			}
		}
		return Status.OK_STATUS;
	}

	/** The changed files and the reports of their projects that share an organ with them, before or after the change. */
	private static Set<IFile> affected(Set<IFile> changed, boolean all) {
		Set<String> organs = new LinkedHashSet<>();
		changed.forEach(file -> organs.addAll(ReportIndex.INSTANCE.organs(file)));
		Set<IProject> projects = new LinkedHashSet<>();
		changed.forEach(file -> projects.add(file.getProject()));
		projects.forEach(ReportIndex.INSTANCE::current);
		changed.forEach(file -> organs.addAll(ReportIndex.INSTANCE.organs(file)));
		Set<IFile> affected = new LinkedHashSet<>();
		for (IFile file : WorkspaceReports.all()) {
			if (all || changed.contains(file)
					|| projects.contains(file.getProject()) && ReportIndex.INSTANCE.organs(file).stream().anyMatch(organs::contains)) {
				affected.add(file);
			}
		}
		return affected;
	}
}
