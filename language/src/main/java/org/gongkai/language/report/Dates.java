package org.gongkai.language.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as written: 2024-01-27 or 2024年1月27日; month-days 02-20 or 2月20日. */
public final class Dates {

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-|年)(\\d{1,2})(?:-|月)(\\d{1,2})日?");
	private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})(?:-|月)(\\d{1,2})日?");

	public static Optional<LocalDate> date(String text) {
		Matcher m = text == null ? null : DATE.matcher(text);
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	public static Optional<MonthDay> monthDay(String text) {
		Matcher m = text == null ? null : MONTH_DAY.matcher(text);
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** 2024年1月27日, as the signature prints it. */
	public static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	public static String chinese(MonthDay day) {
		return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private Dates() {
	}
}
