package org.gongkai.summary.roster;

import java.time.LocalDate;
import java.time.MonthDay;

import org.gongkai.language.template.OrganLevel;

/**
 * One organ that must publish: its name, level, the organ it belongs to ("" when none) and its deadline (null: the
 * level's legal deadline, or the report's own). {@code deadline} is a day of the year after the report's year.
 */
public record RosterEntry(String name, OrganLevel level, String parent, MonthDay deadline, int line) {

	public String key() {
		return OrganNames.key(name);
	}

	/** The day a report of {@code year} is due, if any. */
	public LocalDate dueFor(int year, MonthDay reportDeadline) {
		MonthDay day = deadline != null ? deadline : level != null && level.legalDeadline().isPresent() ? level.legalDeadline().get()
				: reportDeadline;
		return day == null ? null : day.atYear(year + 1);
	}
}
