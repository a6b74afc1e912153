package org.gongkai.summary.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gongkai.language.ide.input.ReportText;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.language.report.Dates;
import org.gongkai.language.spreadsheet.CsvRows;
import org.gongkai.language.template.OrganLevel;

/**
 * The organs that must publish ({@code --roster}): a CSV (UTF-8, GBK as Excel saves it, or UTF-16) or an XLSX whose
 * first sheet has one organ a row — name, level, optional parent, optional deadline. A first row naming its columns
 * (机关/名称, 级别, 上级, 期限 or organ, level, parent, deadline) may put them in any order.
 */
public final class Roster {

	private static final String[][] HEADINGS = { { "机关", "名称", "单位", "organ", "name" }, { "级别", "层级", "level" },
			{ "上级", "所属", "parent" }, { "期限", "截止", "deadline" } };

	private final List<RosterEntry> entries;
	private final Map<String, RosterEntry> byKey = new LinkedHashMap<>();

	private Roster(List<RosterEntry> entries) {
		this.entries = entries;
		entries.forEach(entry -> byKey.putIfAbsent(entry.key(), entry));
	}

	public static Roster read(Path file) {
		List<List<String>> rows;
		try {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			rows = name.endsWith(".xlsx") || name.endsWith(".xls") ? RosterSheet.rows(file) : CsvRows.parse(ReportText.read(file).text());
		} catch (IOException e) {
			throw new CliProblem("无法读取名单 " + file + "：" + (e instanceof ReportText.Unreadable ? e.getMessage() : e.toString()));
		}
		return of(rows, file.toString());
	}

	static Roster of(List<List<String>> rows, String display) {
		int[] columns = { 0, 1, 2, 3 };
		int first = 0;
		if (!rows.isEmpty() && isHeading(rows.get(0))) {
			columns = columns(rows.get(0));
			first = 1;
		}
		List<RosterEntry> entries = new ArrayList<>();
		for (int i = first; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			String name = field(row, columns[0]);
			if (name.isEmpty()) {
				continue;
			}
			int line = i + 1;
			entries.add(new RosterEntry(name, level(field(row, columns[1]), name, display, line), field(row, columns[2]),
					deadline(field(row, columns[3]), display, line), line));
		}
		if (entries.isEmpty()) {
			throw new CliProblem("名单 " + display + " 中没有机关：每行应为 机关名称,级别,上级机关（可空）,公布期限（可空）");
		}
		return new Roster(entries);
	}

	public List<RosterEntry> entries() {
		return entries;
	}

	public Optional<RosterEntry> find(String organ) {
		return Optional.ofNullable(byKey.get(OrganNames.key(organ)));
	}

	/** The roster name nearest to a name that is not on it, when one is near enough to be a misspelling. */
	public Optional<RosterEntry> nearest(String organ) {
		String key = OrganNames.key(organ);
		RosterEntry best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (RosterEntry entry : entries) {
			int distance = OrganNames.distance(key, entry.key());
			if (distance < bestDistance) {
				best = entry;
				bestDistance = distance;
			}
		}
		return best != null && bestDistance <= Math.max(2, key.length() / 3) ? Optional.of(best) : Optional.empty();
	}

	/** The entries whose parent is this organ. */
	public List<RosterEntry> children(String organ) {
		String key = OrganNames.key(organ);
		return entries.stream().filter(entry -> !entry.parent().isEmpty() && OrganNames.key(entry.parent()).equals(key)).toList();
	}

	/** A row naming columns, not an organ: a heading word in it and no level (an organ's name may hold 机关 or 单位). */
	private static boolean isHeading(List<String> row) {
		return row.stream().anyMatch(cell -> heading(cell) >= 0) && row.stream().noneMatch(Roster::isLevel);
	}

	private static boolean isLevel(String text) {
		return OrganLevel.ALL.stream().anyMatch(level -> level.label().equals(text) || level.term().spellings().anyMatch(text::equals));
	}

	private static int heading(String cell) {
		String text = cell.strip().toLowerCase(Locale.ROOT);
		for (int column = 0; column < HEADINGS.length; column++) {
			for (String heading : HEADINGS[column]) {
				if (text.contains(heading)) {
					return column;
				}
			}
		}
		return -1;
	}

	private static int[] columns(List<String> heading) {
		int[] columns = { -1, -1, -1, -1 };
		for (int i = 0; i < heading.size(); i++) {
			int column = heading(heading.get(i));
			if (column >= 0 && columns[column] < 0) {
				columns[column] = i;
			}
		}
		if (columns[0] < 0) {
			columns[0] = 0;
		}
		return columns;
	}

	private static String field(List<String> row, int column) {
		return column >= 0 && column < row.size() ? row.get(column).strip() : "";
	}

	private static OrganLevel level(String text, String name, String display, int line) {
		if (text.isEmpty()) {
			return OrganLevel.fromOrganName(name);
		}
		return OrganLevel.ALL.stream().filter(level -> level.label().equals(text) || level.term().spellings().anyMatch(text::equals))
				.findFirst().orElseThrow(() -> new CliProblem(display + " 第 " + line + " 行：级别「" + text
						+ "」应为 本级政府、部门 或 乡镇（或 government、department、township）"));
	}

	private static MonthDay deadline(String text, String display, int line) {
		if (text.isEmpty()) {
			return null;
		}
		Optional<LocalDate> date = Dates.date(text.replace('/', '-').replace('.', '-'));
		if (date.isPresent()) {
			return MonthDay.from(date.get());
		}
		return Dates.monthDay(text.replace('/', '-').replace('.', '-')).orElseThrow(() -> new CliProblem(display + " 第 " + line
				+ " 行：公布期限「" + text + "」应为日期，如 2025-01-31、01-31 或 1月31日"));
	}

}
