package org.gongkai.language.tally;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.template.Vocabulary;

/**
 * Part 三 counted from a register for one year (LANGUAGE.md §8), in every applicant column and the total column:
 * 本年新收 received in the year; 上年结转 received before it and still open on 1 January; each outcome row closed in
 * the year with that outcome; 结转下年度 received by 31 December and still open then. The balance holds by construction.
 */
public final class Tally {

	private final TableTemplate table;
	private final int year;
	private final Map<String, Integer> counts = new HashMap<>();

	private Tally(TableTemplate table, int year) {
		this.table = table;
		this.year = year;
	}

	public static Tally of(List<Application> applications, int year, TableTemplate table) {
		Tally tally = new Tally(table, year);
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		for (Application application : applications) {
			if (application.received().getYear() == year) {
				tally.add(application, Vocabulary.NEW.keyword());
			}
			if (application.received().isBefore(first) && application.isOpenOn(first.minusDays(1))) {
				tally.add(application, Vocabulary.CARRIED.keyword());
			}
			if (application.closed() != null && application.closed().getYear() == year) {
				tally.add(application, application.outcome().keyword());
				table.totalRow().ifPresent(total -> tally.add(application, total.keyword()));
			}
			if (!application.received().isAfter(last) && application.isOpenOn(last)) {
				tally.add(application, Vocabulary.NEXT.keyword());
			}
		}
		return tally;
	}

	private void add(Application application, String row) {
		counts.merge(key(application.applicant().keyword(), row), 1, Integer::sum);
		table.totalColumn().ifPresent(total -> counts.merge(key(total.keyword(), row), 1, Integer::sum));
	}

	public int count(Item column, Item row) {
		return counts.getOrDefault(key(column.keyword(), row.keyword()), 0);
	}

	public TableTemplate table() {
		return table;
	}

	public int year() {
		return year;
	}

	private static String key(String column, String row) {
		return column + '\u0000' + row;
	}
}
