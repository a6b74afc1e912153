package org.gongkai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;

/**
 * The cells read from one printed table, by the template's column and row, in the template's order; and what the
 * importer was unsure of, by column, as the {@code // 导入：…} comments say it, and the cells it could not read.
 */
final class ImportedTable {

	final TableTemplate template;
	private final Map<Item, Map<Item, Value>> cells = new LinkedHashMap<>();
	private final Map<Item, List<String>> doubts = new LinkedHashMap<>();
	private final Map<Place, String> unread = new LinkedHashMap<>();
	private int unsureCells;

	ImportedTable(TableTemplate template) {
		this.template = template;
		template.columns().forEach(column -> cells.put(column, new LinkedHashMap<>()));
	}

	void put(Item column, Item row, Value value) {
		cells.get(column).put(row, value);
	}

	boolean isWritten(Item column, Item row) {
		return cells.get(column).containsKey(row);
	}

	Map<Item, Value> column(Item column) {
		Map<Item, Value> written = new LinkedHashMap<>();
		for (Item row : template.rowsOf(column)) {
			Value value = cells.get(column).get(row);
			if (value != null) {
				written.put(row, value);
			}
		}
		return written;
	}

	/** Notes that {@code count} cells of {@code column} were read with a doubt, and what was seen. */
	void doubt(Item column, String what, int count) {
		doubts.computeIfAbsent(column, c -> new ArrayList<>()).add(what);
		unsureCells += count;
	}

	/** A cell printed but not read, and why: it stays unwritten. */
	void unread(Item column, Item row, String reason) {
		unread.putIfAbsent(new Place(column, row), reason);
	}

	/** Every cell taken back and said to be left out, for {@code reason}. */
	void withdraw(String reason) {
		cells.values().forEach(Map::clear);
		unread.clear();
		template.columns().forEach(column -> template.rowsOf(column).forEach(row -> unread.put(new Place(column, row), reason)));
	}

	/** The cells printed but not read, in the order they were met, with why. */
	Map<Place, String> unread() {
		Map<Place, String> left = new LinkedHashMap<>(unread);
		left.keySet().removeIf(place -> cells.get(place.column()).containsKey(place.row()));
		return left;
	}

	List<String> doubts(Item column) {
		return doubts.getOrDefault(column, List.of());
	}

	List<String> allDoubts() {
		return doubts.values().stream().flatMap(List::stream).distinct().toList();
	}

	int unsureCells() {
		return unsureCells;
	}

	boolean isEmpty() {
		return cells.values().stream().allMatch(Map::isEmpty);
	}

	int size() {
		return cells.values().stream().mapToInt(Map::size).sum();
	}
}
