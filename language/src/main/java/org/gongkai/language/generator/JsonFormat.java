package org.gongkai.language.generator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.report.CellState;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.Block;
import org.gongkai.language.template.Group;
import org.gongkai.language.template.Item;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * {@code json}: the report's data for aggregation across organs, as report.schema.json (beside this class) describes
 * it: the header, the texts as printed (references replaced), and every cell of the three tables with its keywords,
 * official labels and value. Keys and cells come in a fixed order (the template's), so equal reports give equal
 * files. {@code "generator": "Gongkai"} marks the file as ours.
 */
public class JsonFormat implements DocumentFormat {

	public static final String SCHEMA = "report.schema.json";

	@Override
	public String name() {
		return "json";
	}

	@Override
	public byte[] render(ReportView view) {
		String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(document(view));
		return (json + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static JsonObject document(ReportView view) {
		JsonObject document = new JsonObject();
		document.addProperty("generator", "Gongkai");
		document.addProperty("report", view.report().getName());
		document.addProperty("organ", view.organ().orElse(null));
		document.addProperty("year", view.year().orElse(null));
		document.addProperty("format", view.format().id());
		document.addProperty("level", view.level().term().keyword());
		document.addProperty("scope", view.scope().term().keyword());
		document.addProperty("issued", view.issued().map(Object::toString).orElse(null));
		view.deadline().ifPresent(day -> document.addProperty("deadline", String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth())));
		text(view, HeaderKey.WEBSITE).ifPresent(website -> document.addProperty("website", website));
		text(view, HeaderKey.CONTACT).ifPresent(contact -> document.addProperty("contact", contact));
		document.addProperty("title", ReportTexts.title(view));
		document.add("opening", strings(ReportTexts.opening(view)));
		JsonArray parts = new JsonArray();
		for (ReportTexts.Part part : ReportTexts.parts(view)) {
			parts.add(part(part, view));
		}
		document.add("parts", parts);
		document.addProperty("signature", ReportTexts.signature(view));
		ReportTexts.date(view).ifPresent(date -> document.addProperty("date", date));
		return document;
	}

	private static JsonObject part(ReportTexts.Part part, ReportView view) {
		JsonObject object = new JsonObject();
		object.addProperty("keyword", part.template().keyword());
		object.addProperty("heading", part.heading());
		JsonArray topics = new JsonArray();
		for (ReportTexts.Topic topic : part.topics()) {
			JsonObject t = new JsonObject();
			t.addProperty("keyword", topic.keyword());
			t.addProperty("heading", topic.heading());
			t.add("paragraphs", strings(topic.paragraphs()));
			topics.add(t);
		}
		object.add("topics", topics);
		object.add("paragraphs", strings(part.paragraphs()));
		if (part.isTable()) {
			JsonObject table = new JsonObject();
			table.add("cells", cells(view.table(part.template().keyword())));
			object.add("table", table);
		}
		return object;
	}

	/** Block by block, column by column (what is written before the colon), row by row: the template's order. */
	private static JsonArray cells(TableView table) {
		JsonArray cells = new JsonArray();
		for (Block block : table.template().blocks()) {
			for (Item column : block.columns()) {
				for (Item row : block.rows()) {
					cells.add(cell(table.cell(column, row)));
				}
			}
		}
		return cells;
	}

	private static JsonObject cell(CellView cell) {
		JsonObject object = new JsonObject();
		object.addProperty("column", cell.column().keyword());
		object.addProperty("columnLabel", cell.column().fullLabel());
		groups(cell.column(), "columnGroups", object);
		object.addProperty("row", cell.row().keyword());
		object.addProperty("rowLabel", cell.row().fullLabel());
		groups(cell.row(), "rowGroups", object);
		if (cell.state() == CellState.BLANK) {
			object.add("value", JsonNull.INSTANCE);
		} else {
			object.addProperty("value", plain(cell.value()));
		}
		object.addProperty("written", cell.state().isWritten() ? cell.written() : null);
		object.addProperty("computed", cell.state() == CellState.COMPUTED);
		if (cell.note() != null) {
			object.addProperty("note", cell.note());
		}
		return object;
	}

	/** The headers the official table prints over a column or beside a row (outermost first), when it has any. */
	private static void groups(Item item, String key, JsonObject object) {
		if (!item.groups().isEmpty()) {
			object.add(key, strings(item.groups().stream().map(Group::fullLabel).toList()));
		}
	}

	/** The exact value without trailing zeros and without an exponent: 150, 7380.28959, -18, 0. */
	private static BigDecimal plain(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	private static Optional<String> text(ReportView view, HeaderKey key) {
		return view.headerText(key).filter(s -> !s.isBlank());
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
