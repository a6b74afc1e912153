package org.gongkai.language.template;

import java.util.List;
import java.util.Optional;

/**
 * What a report's tables count: the organ's own work (本级, the default), or the organs of an area summed up (汇总,
 * as a province's or a county's summary report). Only an area report is compared with its members' sum.
 */
public record ReportScope(Term term, String label) {

	public static final ReportScope SELF = new ReportScope(Vocabulary.SELF, "本级");
	public static final ReportScope AREA = new ReportScope(Vocabulary.AREA, "汇总");
	public static final List<ReportScope> ALL = List.of(SELF, AREA);

	public static Optional<ReportScope> byKeyword(String keyword) {
		return ALL.stream().filter(s -> s.term().keyword().equals(keyword)).findFirst();
	}
}
