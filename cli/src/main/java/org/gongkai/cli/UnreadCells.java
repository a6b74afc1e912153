package org.gongkai.cli;

import java.util.Map;
import java.util.Optional;

import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The cells of an imported report's JSON the importer could not read: {@code "value": null} and {@code "unread"} with
 * the importer's reason, not the language's 0 for a cell nobody wrote; a total computed from such a cell is unknown too.
 * A hand-written report keeps the language's rule (its JSON is {@code generate}'s).
 */
final class UnreadCells {

	static final String COMPUTED_FROM_UNREAD = "由未导入的格算出";

	/** Marks, in a report's JSON, the cells of {@code unread} (by path {@code apply.natural.new}, with why). */
	static void mark(JsonObject report, Map<String, String> unread) {
		if (unread.isEmpty()) {
			return;
		}
		for (JsonElement element : report.getAsJsonArray("parts")) {
			JsonObject part = element.getAsJsonObject();
			if (!part.has("table")) {
				continue;
			}
			String keyword = part.get("keyword").getAsString();
			Optional<TableTemplate> template = Formats.byId(report.get("format").getAsInt()).map(f -> f.table(keyword));
			// twice: the corner total sums totals that may be unknown themselves
			for (int round = 0; round < 2; round++) {
				for (JsonElement c : part.getAsJsonObject("table").getAsJsonArray("cells")) {
					JsonObject cell = c.getAsJsonObject();
					String path = keyword + "." + cell.get("column").getAsString() + "." + cell.get("row").getAsString();
					String reason = unread.get(path);
					if (reason == null && cell.get("computed").getAsBoolean() && sumsUnread(cell, part, template)) {
						reason = COMPUTED_FROM_UNREAD;
					}
					if (reason != null) {
						cell.add("value", JsonNull.INSTANCE);
						cell.addProperty("unread", reason);
					}
				}
			}
		}
	}

	/** Whether a computed total sums a cell that is unknown: of its row (total column) or of its column (total row). */
	private static boolean sumsUnread(JsonObject total, JsonObject part, Optional<TableTemplate> template) {
		if (template.isEmpty()) {
			return false;
		}
		String column = total.get("column").getAsString();
		String row = total.get("row").getAsString();
		boolean totalColumn = template.get().totalColumn().map(Item::keyword).filter(column::equals).isPresent();
		boolean totalRow = template.get().totalRow().map(Item::keyword).filter(row::equals).isPresent();
		for (JsonElement c : part.getAsJsonObject("table").getAsJsonArray("cells")) {
			JsonObject cell = c.getAsJsonObject();
			boolean term = totalColumn && cell.get("row").getAsString().equals(row) && !cell.get("column").getAsString().equals(column)
					|| totalRow && cell.get("column").getAsString().equals(column)
							&& template.get().totalRowTerms().stream().anyMatch(t -> t.keyword().equals(cell.get("row").getAsString()));
			if (term && cell.has("unread")) {
				return true;
			}
		}
		return false;
	}

	private UnreadCells() {
	}
}
