package org.gongkai.summary.hierarchy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.cli.FileDiagnostic;
import org.gongkai.summary.data.Amounts;
import org.gongkai.summary.data.Cell;
import org.gongkai.summary.data.ReportFigures;
import org.gongkai.summary.roster.OrganNames;
import org.gongkai.summary.roster.Roster;
import org.gongkai.summary.roster.RosterEntry;

/**
 * {@code summary.sum} (LANGUAGE.md §5): a report with {@code scope area} whose organ is a roster parent is compared,
 * cell by cell, with the sum of its members' reports of the same year (a member's own summary when it has one, else its
 * report). A cell some member's format does not have is not compared. A {@code scope self} report never is.
 */
public final class AreaSums {

	public static final String CODE = "summary.sum";
	private static final int NAMED = 8;

	private AreaSums() {
	}

	public static List<FileDiagnostic> check(Roster roster, List<ReportFigures> reports) {
		Map<String, ReportFigures> byOrganYear = new LinkedHashMap<>();
		reports.stream().sorted(Comparator.comparing(r -> !r.isArea()))
				.forEach(report -> byOrganYear.putIfAbsent(OrganNames.key(report.organ()) + "#" + report.year(), report));
		List<FileDiagnostic> warnings = new ArrayList<>();
		for (ReportFigures area : reports) {
			if (!area.isArea()) {
				continue;
			}
			List<ReportFigures> members = new ArrayList<>();
			for (RosterEntry child : roster.children(area.organ())) {
				Optional.ofNullable(byOrganYear.get(child.key() + "#" + area.year())).ifPresent(members::add);
			}
			if (!members.isEmpty()) {
				compare(area, members, warnings);
			}
		}
		return warnings;
	}

	private static void compare(ReportFigures area, List<ReportFigures> members, List<FileDiagnostic> warnings) {
		for (Cell cell : area.cells().cells()) {
			long sum = 0;
			List<String> parts = new ArrayList<>();
			boolean comparable = true;
			for (ReportFigures member : members) {
				Optional<Cell> same = member.cells().same(cell);
				if (same.isEmpty()) {
					comparable = false;
					break;
				}
				long value = member.value(same.get());
				sum += value;
				if (value != 0) {
					parts.add(member.organ() + " " + Amounts.printed(value, cell.isAmount()));
				}
			}
			long written = area.value(cell);
			if (comparable && written != sum) {
				warnings.add(warning(area, cell, message(cell, written, sum, members.size(), parts)));
			}
		}
	}

	private static String message(Cell cell, long written, long sum, int members, List<String> parts) {
		String named = parts.isEmpty() ? "均为 0"
				: String.join("、", parts.subList(0, Math.min(NAMED, parts.size()))) + (parts.size() > NAMED ? " 等" : "");
		return String.format("汇总报告的「%s」为 %s，但所属 %d 个机关的报告之和为 %s（%s）", cell.place(),
				Amounts.printed(written, cell.isAmount()), members, Amounts.printed(sum, cell.isAmount()), named);
	}

	private static FileDiagnostic warning(ReportFigures area, Cell cell, String message) {
		if (area.published()) {
			return new FileDiagnostic(area.file(), 0, 0, 0, 0, "warning", CODE, message, cell.place());
		}
		int line = Math.max(1, area.lines()[cell.slot()]);
		return new FileDiagnostic(area.file(), line, 1, line, 1, "warning", CODE, message);
	}
}
