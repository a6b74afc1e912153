package org.gongkai.language.report;

import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.xtext.naming.QualifiedName;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.gongkai.Report;

/**
 * The second name under which the index knows a report: its organ (spaces ignored) and year, so that last year's
 * report is found without being named (LANGUAGE.md §1). Writers never type it: the leading segment cannot be a
 * report name a scope offers.
 */
public final class ReportKeys {

	private static final String MARK = "#organ-year";
	/** Spaces, ideographic spaces included: String.replaceAll would compile the pattern again for each organ. */
	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

	public static QualifiedName organYear(String organ, int year) {
		return QualifiedName.create(MARK, normalizeOrgan(organ), String.valueOf(year));
	}

	/**
	 * The key of last year's report for a report: its organ (the first {@code organ} written) and its year (the first
	 * {@code year}) − 1; empty when either is missing.
	 */
	public static Optional<QualifiedName> lastYear(Report report) {
		Header organ = first(report, HeaderKey.ORGAN);
		Header year = first(report, HeaderKey.YEAR);
		if (organ == null || organ.getText() == null || year == null || !Written.has(year, GongkaiPackage.Literals.HEADER__NUMBER)) {
			return Optional.empty();
		}
		return Optional.of(organYear(organ.getText().strip(), year.getNumber() - 1));
	}

	private static Header first(Report report, HeaderKey key) {
		return report.getHeaders().stream().filter(h -> h.getKey() == key).findFirst().orElse(null);
	}

	public static boolean isOrganYear(QualifiedName name) {
		return name.getSegmentCount() > 0 && MARK.equals(name.getFirstSegment());
	}

	public static String normalizeOrgan(String organ) {
		return SPACES.matcher(organ).replaceAll("");
	}

	private ReportKeys() {
	}
}
