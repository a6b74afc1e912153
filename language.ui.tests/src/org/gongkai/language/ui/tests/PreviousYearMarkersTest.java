package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.markers;
import static org.gongkai.language.ui.tests.Workbench.waitFor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Reports that are not open in an editor get their markers too, and a report's {@code previous} problems follow
 * last year's file: when it changes on disk, this year's report is checked again.
 */
class PreviousYearMarkersTest {

	private static final String ORGAN = "某县人民政府";

	private static String report(int year, String apply) {
		return Skeleton.of(ORGAN, year, Formats.FORMAT_2021, OrganLevel.GOVERNMENT).replace("section apply < >", "section apply < " + apply + " >");
	}

	@Test
	void lastYearsFileChangingRenewsThisYearsMarkers() throws Exception {
		IProject project = Workbench.project("previous");
		IFile last = Workbench.file(project, "last.gongkai", report(2022, "natural: new 0"));
		String text = report(2023, "natural: carried 1, next 1");
		IFile current = Workbench.file(project, "current.gongkai", text);
		String carried = "warning previous.carried " + Workbench.lineOf(text, "carried 1") + " «1»";

		waitFor("previous.carried on this year's report", () -> markers(current, text).contains(carried),
				() -> markers(current, text));

		Workbench.write(last, report(2022, "natural: new 1, next 1"));
		waitFor("previous.carried to go", () -> !markers(current, text).contains(carried)
				&& markers(current, text).stream().anyMatch(m -> m.contains("text.placeholder")), () -> markers(current, text));
	}
}
