package org.gongkai.workbench.files;

import org.gongkai.language.report.NextYear;

/**
 * "Start this year from last year's": a new report beside a report of the workspace, its 上年结转 and 现行有效件数
 * taken from that one ({@link NextYear}), under the name {@code gongkai new} gives it; never over another file.
 */
public final class NextYears {

	private final ReportStore store;
	private final Reports reports;

	public NextYears(ReportStore store, Reports reports) {
		this.store = store;
		this.reports = reports;
	}

	/** @return the new report's name */
	public String start(String lastName) {
		ReportStore.Opened last = store.open(lastName);
		NextYear.Start start = reports.view(lastName, last.text()).flatMap(NextYear::of).orElseThrow(() -> new Refused(
				Refused.BAD_REQUEST, lastName + " " + NextYear.NO_ORGAN_OR_YEAR));
		String folder = lastName.substring(0, lastName.lastIndexOf('/') + 1);
		String name = folder + start.fileName();
		store.createNew(name, start.text());
		return name;
	}
}
