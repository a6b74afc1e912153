package org.gongkai.summary.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.summary.data.ReportFigures;

/**
 * Who of the roster has published a report of the year, and when: on time, late (issued after the deadline — the
 * roster's, else the level's legal one, else the report's own), without a date, or not found; and the reports whose
 * organ is not on the roster, with the roster name nearest to theirs.
 */
public final class RosterCheck {

	public enum Status {
		ON_TIME("按时公布"), LATE("逾期公布"), UNDATED("已公布，未写成文日期"), MISSING("未找到报告");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** A roster entry's outcome; {@code report} and {@code due} may be null. */
	public record Outcome(RosterEntry entry, ReportFigures report, Status status, LocalDate due) {
	}

	/** A report whose organ is not on the roster; {@code nearest} is null when no roster name is near. */
	public record Stranger(ReportFigures report, RosterEntry nearest) {
	}

	private final List<Outcome> outcomes = new ArrayList<>();
	private final List<Stranger> strangers = new ArrayList<>();

	public RosterCheck(Roster roster, List<ReportFigures> reportsOfYear, int year) {
		Map<String, ReportFigures> byOrgan = new LinkedHashMap<>();
		reportsOfYear.stream().sorted(Comparator.comparing(ReportFigures::isArea)).forEach(report -> {
			if (roster.find(report.organ()).isPresent()) {
				byOrgan.putIfAbsent(OrganNames.key(report.organ()), report);
			} else {
				strangers.add(new Stranger(report, roster.nearest(report.organ()).orElse(null)));
			}
		});
		for (RosterEntry entry : roster.entries()) {
			ReportFigures report = byOrgan.get(entry.key());
			LocalDate due = entry.dueFor(year, report == null ? null : report.deadline());
			Status status = report == null ? Status.MISSING : report.issued() == null ? Status.UNDATED
					: due != null && report.issued().isAfter(due) ? Status.LATE : Status.ON_TIME;
			outcomes.add(new Outcome(entry, report, status, due));
		}
	}

	public List<Outcome> outcomes() {
		return outcomes;
	}

	public List<Stranger> strangers() {
		return strangers;
	}

	public long count(Status status) {
		return outcomes.stream().filter(outcome -> outcome.status() == status).count();
	}
}
