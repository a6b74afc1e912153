package org.gongkai.language.tally;

import java.util.List;
import java.util.Map;

import org.gongkai.language.template.Item;

/**
 * What a writer added to a report's part 三 that a tally keeps: cells' notes as written (their quotes included), by
 * {@link #key}, and comments as written.
 */
public record Kept(Map<String, String> notes, List<String> comments) {

	public static final Kept NOTHING = new Kept(Map.of(), List.of());

	public static String key(Item column, Item row) {
		return column.keyword() + "." + row.keyword();
	}
}
