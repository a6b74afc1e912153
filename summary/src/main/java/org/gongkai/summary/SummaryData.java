package org.gongkai.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.summary.data.Diagnostics;
import org.gongkai.summary.data.ReportFigures;
import org.gongkai.summary.roster.RosterCheck;

/**
 * What the outputs are made of: every report read (in file order), the year the totals are for (the {@code --year}, or
 * the latest year of the reports) and its reports, the diagnostics, the roster's outcome (null without a roster), and
 * the files that could not be read.
 */
public record SummaryData(List<ReportFigures> reports, int year, List<ReportFigures> ofYear, Diagnostics diagnostics,
		RosterCheck roster, List<String> problems) {

	/** The reports by year, years in order. */
	public Map<Integer, List<ReportFigures>> byYear() {
		Map<Integer, List<ReportFigures>> years = new TreeMap<>();
		reports.stream().filter(r -> r.year() > 0).forEach(r -> years.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
		return years;
	}
}
