package org.gongkai.summary.figures;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.gongkai.summary.data.Cell;
import org.gongkai.summary.data.ReportFigures;

/**
 * One figure supervisors compare (本年新收, 予以公开, 行政复议·总计 …): the sum of some cells of a report, named by the
 * template's labels. {@code cells} holds, for each format id, the cells it sums there; a format without it has none.
 */
public record Figure(String key, String label, String unit, Map<Integer, List<Cell>> cells) {

	public static final String PIECES = "件";
	public static final String WAN_YUAN = "万元";

	public boolean isAmount() {
		return WAN_YUAN.equals(unit);
	}

	/** The report's value; empty when its format has no such cells or it left every one of them blank. */
	public OptionalLong of(ReportFigures report) {
		List<Cell> summed = cells.get(report.format().id());
		if (summed == null || summed.stream().allMatch(report::isBlank)) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(summed.stream().mapToLong(report::value).sum());
	}
}
