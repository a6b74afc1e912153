package org.gongkai.language.report;

import org.eclipse.xtext.naming.QualifiedName;

/**
 * The second name under which the index knows a report: its organ (spaces ignored) and year, so that last year's
 * report is found without being named (LANGUAGE.md §1). Writers never type it: the leading segment cannot be a
 * report name a scope offers.
 */
public final class ReportKeys {

	private static final String MARK = "#organ-year";

	public static QualifiedName organYear(String organ, int year) {
		return QualifiedName.create(MARK, normalizeOrgan(organ), String.valueOf(year));
	}

	public static boolean isOrganYear(QualifiedName name) {
		return name.getSegmentCount() > 0 && MARK.equals(name.getFirstSegment());
	}

	public static String normalizeOrgan(String organ) {
		return organ.replaceAll("[\\s\\u3000]+", "");
	}

	private ReportKeys() {
	}
}
