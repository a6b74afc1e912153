package org.gongkai.language.tally;

import java.util.Comparator;
import java.util.List;

/**
 * A register counted: the problems that stop it (then nothing else), or the year counted, the {@code section apply}
 * block, and for a report the replacement of its part 三 with the cells that change.
 */
public record TallyResult(List<TallyProblem> problems, int year, String block, ApplyReplacement replacement, List<CellChange> changes) {

	/** Refused for these problems, listed by row, those beyond a row last. */
	static TallyResult refused(List<TallyProblem> problems) {
		List<TallyProblem> byRow = problems.stream()
				.sorted(Comparator.comparingInt((TallyProblem p) -> p.row() == 0 ? Integer.MAX_VALUE : p.row())).toList();
		return new TallyResult(byRow, 0, null, null, List.of());
	}

	public boolean isRefused() {
		return !problems.isEmpty();
	}
}
