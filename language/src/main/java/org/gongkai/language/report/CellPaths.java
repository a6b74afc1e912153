package org.gongkai.language.report;

import java.util.Map;
import java.util.Optional;

import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;

/**
 * Resolves {@code part.column.row} paths (LANGUAGE.md §4) in any spelling. In a table with a total column the column
 * may be left out and means the total column: {@code apply.new} is {@code apply.total.new}.
 */
public final class CellPaths {

	private final ReportFormat format;
	private final Map<String, TableView> tables;

	CellPaths(ReportFormat format, Map<String, TableView> tables) {
		this.format = format;
		this.tables = tables;
	}

	public Optional<CellView> cell(String path) {
		String[] segments = path.strip().split("\\.", -1);
		if (segments.length < 2 || segments.length > 3) {
			return Optional.empty();
		}
		Optional<PartTemplate> part = format.partSpelled(segments[0].strip()).filter(p -> p.kind() == PartKind.TABLE);
		if (part.isEmpty()) {
			return Optional.empty();
		}
		TableTemplate template = part.get().table();
		Optional<Item> column = segments.length == 3 ? template.columnSpelled(segments[1].strip()) : template.totalColumn();
		Optional<Item> row = template.rowSpelled(segments[segments.length - 1].strip());
		if (column.isEmpty() || row.isEmpty() || !template.hasCell(column.get(), row.get())) {
			return Optional.empty();
		}
		return Optional.of(tables.get(part.get().keyword()).cell(column.get(), row.get()));
	}
}
