package org.gongkai.language.validation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;

/** Whether a column or a cell written in a part belongs there: in the report's format, in another format, or nowhere. */
final class CellPlacement {

	enum Verdict { FITS, OTHER_FORMAT, UNKNOWN }

	/** Where a column (row null) or a cell is written; keys of the verdicts without a string made for each cell. */
	private record Place(int format, String part, String column, String row) {
	}

	// verdicts depend only on the template: computed once per combination, not per cell of every report
	private static final Map<Place, Verdict> VERDICTS = new ConcurrentHashMap<>();

	static Verdict column(String part, String column, ReportFormat format) {
		Place place = new Place(format.id(), part, column, null);
		Verdict verdict = VERDICTS.get(place);
		return verdict != null ? verdict : VERDICTS.computeIfAbsent(place, k -> columnVerdict(part, column, format));
	}

	static Verdict cell(String part, String column, String row, ReportFormat format) {
		Place place = new Place(format.id(), part, column, row);
		Verdict verdict = VERDICTS.get(place);
		return verdict != null ? verdict : VERDICTS.computeIfAbsent(place, k -> cellVerdict(part, column, row, format));
	}

	private static Verdict columnVerdict(String part, String column, ReportFormat format) {
		if (table(format, part).flatMap(t -> t.column(column)).isPresent()) {
			return Verdict.FITS;
		}
		return Formats.ALL.stream().anyMatch(f -> table(f, part).flatMap(t -> t.column(column)).isPresent())
				? Verdict.OTHER_FORMAT : Verdict.UNKNOWN;
	}

	private static Verdict cellVerdict(String part, String column, String row, ReportFormat format) {
		if (fits(format, part, column, row)) {
			return Verdict.FITS;
		}
		return Formats.ALL.stream().anyMatch(f -> fits(f, part, column, row)) ? Verdict.OTHER_FORMAT : Verdict.UNKNOWN;
	}

	private static final Map<Place, String> ROWS = new ConcurrentHashMap<>();

	/** 行政许可的处理决定数量 … the labels the template gives the column's rows, for messages (once per column, like the verdicts). */
	static String rowsOf(ReportFormat format, String part, String column) {
		return ROWS.computeIfAbsent(new Place(format.id(), part, column, null), k -> labels(format, part, column));
	}

	private static String labels(ReportFormat format, String part, String column) {
		return table(format, part).flatMap(t -> t.column(column).map(c -> t.rowsOf(c)))
				.map(rows -> rows.stream().map(r -> r.keyword() + "（" + r.label() + "）").collect(Collectors.joining("、")))
				.orElse("");
	}

	static Optional<TableTemplate> table(ReportFormat format, String part) {
		return format.part(part).map(PartTemplate::table);
	}

	private static boolean fits(ReportFormat format, String part, String column, String row) {
		Optional<TableTemplate> table = table(format, part);
		Optional<Item> c = table.flatMap(t -> t.column(column));
		Optional<Item> r = table.flatMap(t -> t.row(row));
		return c.isPresent() && r.isPresent() && table.get().hasCell(c.get(), r.get());
	}

	private CellPlacement() {
	}
}
