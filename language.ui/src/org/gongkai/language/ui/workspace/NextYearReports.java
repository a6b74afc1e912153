package org.gongkai.language.ui.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.gongkai.language.ide.input.ParsedReport;
import org.gongkai.language.report.NextYear;
import org.gongkai.language.ui.GongkaiLanguage;

/**
 * 从上年报告开始 in the workspace: next year's report of a report file ({@link NextYear}, as {@code gongkai new --from}
 * and the browser workbench), beside it under the name {@code gongkai new} gives it, never over a file.
 */
public final class NextYearReports {

	/** The file to write and its text; or, when {@code problem} is not null, why nothing is written. */
	public record Plan(IFile file, String text, String problem) {
	}

	/** Next year's report of last year's current text (an editor's unsaved changes included). */
	public static Plan plan(IFile last) {
		String text;
		try {
			text = WorkspaceReports.text(last);
		} catch (IOException e) {
			return new Plan(null, null, "无法读取 " + last.getName() + "：" + e.getMessage());
		}
		Optional<NextYear.Start> start = ParsedReport.view(GongkaiLanguage.injector(), WorkspaceReports.uri(last), text)
				.flatMap(NextYear::of);
		if (start.isEmpty()) {
			return new Plan(null, null, last.getName() + " " + NextYear.NO_ORGAN_OR_YEAR);
		}
		IFile file = last.getParent().getFile(IPath.fromPortableString(start.get().fileName()));
		if (WorkspaceReports.taken(file)) {
			return new Plan(file, null, file.getName() + " 已存在，不会覆盖");
		}
		return new Plan(file, start.get().text(), null);
	}

	/** Writes a plan without a problem; fails rather than overwrite a file that appeared meanwhile. */
	public static void create(Plan plan, IProgressMonitor monitor) throws CoreException {
		plan.file().create(new ByteArrayInputStream(plan.text().getBytes(StandardCharsets.UTF_8)), IResource.NONE, monitor);
	}

	private NextYearReports() {
	}
}
