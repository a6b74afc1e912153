package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.ReportSchema;
import org.gongkai.language.tests.Reports;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;

/**
 * {@code json}: one example against the file checked in under src/test/resources/golden (rewrite with
 * {@code -Dgolden.update=true}, then read the diff), every example and published report against report.schema.json,
 * the schema against its meta-schema and against broken documents, and the cells' meaning on small reports.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class JsonFormatTest {

	private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
	private static final Path PUBLISHED = Path.of("src", "test", "resources", "reports");

	@Inject
	private Documents documents;

	@Test
	void gongbujiangdaIsAsCheckedIn() throws IOException {
		String rendered = documents.render("json", documents.example("gongbujiangda-2023"));
		Path golden = GOLDEN.resolve("gongbujiangda-2023.json");
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(GOLDEN);
			Files.writeString(golden, rendered);
		}
		assertEquals(Files.readString(golden), rendered, golden + " (rewrite with -Dgolden.update=true, then read the diff)");
	}

	@TestFactory
	Stream<DynamicTest> everyReportConformsToTheSchema() throws IOException {
		List<Path> reports = new ArrayList<>();
		for (Path folder : List.of(Documents.EXAMPLES, PUBLISHED)) {
			try (Stream<Path> files = Files.list(folder)) {
				files.filter(p -> p.toString().endsWith(".gongkai")).sorted().forEach(reports::add);
			}
		}
		assertTrue(reports.size() >= 11, reports.toString());
		return reports.stream().map(report -> DynamicTest.dynamicTest(report.getFileName().toString(), () -> {
			String json = documents.render("json", documents.view(Files.readString(report)));
			assertEquals(List.of(), ReportSchema.errors(json), report.toString());
		}));
	}

	@Test
	void schemaIsADraft202012Schema() {
		assertEquals(List.of(), ReportSchema.metaSchemaErrors());
	}

	@Test
	void schemaRejectsBrokenDocuments() {
		List<Consumer<JsonObject>> breakages = List.of(
				doc -> doc.remove("organ"),
				doc -> doc.addProperty("year", "2023"),
				doc -> doc.addProperty("generator", "Word"),
				doc -> doc.addProperty("extra", 1),
				doc -> doc.addProperty("issued", "2024年1月27日"),
				doc -> parts(doc).remove(5),
				doc -> parts(doc).set(0, parts(doc).get(4)),
				doc -> parts(doc).get(4).getAsJsonObject().add("table", new JsonObject()),
				doc -> firstCell(doc).addProperty("value", "0"),
				doc -> firstCell(doc).remove("written"),
				doc -> firstCell(doc).add("value", JsonNull.INSTANCE),
				doc -> firstCell(doc).addProperty("computed", "no"),
				doc -> firstCell(doc).add("rowGroups", new JsonArray()));
		String valid = documents.render("json", documents.example("gongbujiangda-2023"));
		assertEquals(List.of(), ReportSchema.errors(valid));
		for (int i = 0; i < breakages.size(); i++) {
			JsonObject document = JsonParser.parseString(valid).getAsJsonObject();
			breakages.get(i).accept(document);
			assertFalse(ReportSchema.errors(document.toString()).isEmpty(), "breakage " + i + " passed the schema");
		}
	}

	@Test
	void headerFacts() {
		JsonObject doc = json(Reports.report().header("""
				  organ "甲县人民政府"
				  year 2023
				  issued 2024年1月27日
				  website "http://jia.gov.cn/"
				""").text());
		assertEquals("Gongkai", doc.get("generator").getAsString());
		assertEquals("甲县2023", doc.get("report").getAsString());
		assertEquals(2023, doc.get("year").getAsInt());
		assertEquals(2021, doc.get("format").getAsInt());
		assertEquals("government", doc.get("level").getAsString(), "read from the organ's name");
		assertEquals("self", doc.get("scope").getAsString(), "the default");
		assertEquals("2024-01-27", doc.get("issued").getAsString(), "ISO, however written");
		assertEquals("03-31", doc.get("deadline").getAsString());
		assertEquals("http://jia.gov.cn/", doc.get("website").getAsString());
		assertFalse(doc.has("contact"));
		assertEquals("甲县人民政府2023年政府信息公开工作年度报告", doc.get("title").getAsString());
		assertEquals("甲县人民政府", doc.get("signature").getAsString());
		assertEquals("2024年1月27日", doc.get("date").getAsString());
	}

	@Test
	void scopeAreaWhenWritten() {
		JsonObject doc = json(Reports.report().header("机关 \"甲市人民政府\" 年度 2023 范围 汇总").text());
		assertEquals("area", doc.get("scope").getAsString());
		assertEquals(List.of(), ReportSchema.errors(doc.toString()));
	}

	@Test
	void withoutIssuedTheDateIsNullAndLeftOut() {
		JsonObject doc = json(Reports.report().header("organ \"乙镇人民政府\" year 2023").text());
		assertTrue(doc.get("issued").isJsonNull());
		assertFalse(doc.has("date"));
		assertEquals("township", doc.get("level").getAsString());
		assertFalse(doc.has("deadline"), "a township has no legal deadline");
	}

	@Test
	void partsInTheOfficialOrderWithTextsInterpolated() {
		JsonObject doc = json(Reports.report()
				.other("section other \"共收到${apply.new}件，其中自然人${apply.natural.new}件。\"")
				.apply("section apply < natural: new 3, granted 3 >")
				.overview("section overview { oversight \"监督。\" active \"主动。\n\n第二段。\" }").text());
		List<String> keywords = new ArrayList<>();
		parts(doc).forEach(p -> keywords.add(p.getAsJsonObject().get("keyword").getAsString()));
		assertEquals(List.of("overview", "active", "apply", "review", "problems", "other"), keywords);
		JsonObject overview = parts(doc).get(0).getAsJsonObject();
		assertEquals("一、总体情况", overview.get("heading").getAsString());
		JsonArray topics = overview.getAsJsonArray("topics");
		assertEquals("active", topics.get(0).getAsJsonObject().get("keyword").getAsString(), "official order, not as written");
		assertEquals("（一）主动公开", topics.get(0).getAsJsonObject().get("heading").getAsString());
		assertEquals(List.of("主动。", "第二段。"), strings(topics.get(0).getAsJsonObject().getAsJsonArray("paragraphs")));
		assertEquals("oversight", topics.get(1).getAsJsonObject().get("keyword").getAsString());
		assertEquals(List.of("共收到3件，其中自然人3件。"), strings(parts(doc).get(5).getAsJsonObject().getAsJsonArray("paragraphs")));
		assertFalse(overview.has("table"));
		assertTrue(parts(doc).get(1).getAsJsonObject().has("table"));
	}

	@Test
	void everyCellOfTheFormatInTemplateOrder() {
		JsonObject doc = json(Reports.report().text());
		assertEquals(2 * 3 + 1 + 2 + 1, cells(doc, "active").size());
		assertEquals(7 * 25, cells(doc, "apply").size());
		assertEquals(3 * 5, cells(doc, "review").size());
		JsonObject first = cells(doc, "apply").get(0).getAsJsonObject();
		assertEquals("natural", first.get("column").getAsString());
		assertEquals("自然人", first.get("columnLabel").getAsString());
		assertEquals("new", first.get("row").getAsString());
		assertEquals("一、本年新收政府信息公开申请数量", first.get("rowLabel").getAsString());
		assertEquals(0, first.get("value").getAsInt());
		assertTrue(first.get("written").isJsonNull());
		assertFalse(first.get("computed").getAsBoolean());
		assertEquals(List.of("申请人情况"), strings(first.getAsJsonArray("columnGroups")));
		assertFalse(first.has("rowGroups"), "一、本年新收 sits under no group");
		JsonObject other = cell(doc, "apply", "other-org", "other-handling");
		assertEquals("其他", other.get("columnLabel").getAsString());
		assertEquals(List.of("申请人情况", "法人或其他组织"), strings(other.getAsJsonArray("columnGroups")));
		assertEquals("3.其他", other.get("rowLabel").getAsString());
		assertEquals(List.of("三、本年度办理结果", "（六）其他处理"), strings(other.getAsJsonArray("rowGroups")));
		JsonObject made = cell(doc, "active", "rules", "made");
		assertFalse(made.has("columnGroups") || made.has("rowGroups"));
	}

	@Test
	void computedTotalsAreMarked() {
		JsonObject doc = json(Reports.report().apply("section apply < natural: new 3, granted 2, partial 1 >").text());
		JsonObject total = cell(doc, "apply", "total", "new");
		assertEquals(3, total.get("value").getAsInt());
		assertTrue(total.get("computed").getAsBoolean());
		assertTrue(total.get("written").isJsonNull());
		JsonObject naturalTotal = cell(doc, "apply", "natural", "total");
		assertEquals(3, naturalTotal.get("value").getAsInt());
		assertTrue(naturalTotal.get("computed").getAsBoolean());
		assertEquals("2", cell(doc, "apply", "natural", "granted").get("written").getAsString());
	}

	@Test
	void blanksNotesAmountsAndSignsAsWrittenWithExactValues() {
		String text = Reports.report().header("""
				  organ "甲县人民政府"
				  year 2020
				  format 2019
				  issued 2021-01-27
				""").overview("section overview \"总体。\"").active("""
				section active <
				    licensing: previous 236, change +15, decisions -
				    other-services: previous 135 "公共服务事项", change -18
				    procurement: projects 1, amount 73802895.90元
				    fees: previous 1000
				  >""").text();
		String raw = documents.render("json", text);
		JsonObject doc = JsonParser.parseString(raw).getAsJsonObject();
		JsonObject blank = cell(doc, "active", "licensing", "decisions");
		assertTrue(blank.get("value").isJsonNull(), "a blank is null");
		assertEquals("-", blank.get("written").getAsString());
		JsonObject noted = cell(doc, "active", "other-services", "previous");
		assertEquals("公共服务事项", noted.get("note").getAsString());
		assertFalse(cell(doc, "active", "licensing", "previous").has("note"));
		assertEquals(-18, cell(doc, "active", "other-services", "change").get("value").getAsInt());
		assertEquals("+15", cell(doc, "active", "licensing", "change").get("written").getAsString());
		JsonObject amount = cell(doc, "active", "procurement", "amount");
		assertEquals("73802895.90元", amount.get("written").getAsString());
		assertEquals(new JsonPrimitive(new BigDecimal("7380.28959")), amount.get("value"), "in 万元, exactly");
		assertTrue(raw.contains("\"value\": 7380.28959,"), "a plain JSON number");
		assertTrue(raw.contains("\"value\": 1000,"), "no exponent");
		assertEquals(List.of(), ReportSchema.errors(raw));
	}

	@Test
	void sameReportSameBytes() {
		assertEquals(documents.render("json", documents.example("zeku-2023")), documents.render("json", documents.example("zeku-2023")));
	}

	private JsonObject json(String reportText) {
		return JsonParser.parseString(documents.render("json", reportText)).getAsJsonObject();
	}

	private static JsonArray parts(JsonObject doc) {
		return doc.getAsJsonArray("parts");
	}

	private static JsonObject firstCell(JsonObject doc) {
		return parts(doc).get(1).getAsJsonObject().getAsJsonObject("table").getAsJsonArray("cells").get(0).getAsJsonObject();
	}

	private static JsonArray cells(JsonObject doc, String part) {
		for (JsonElement p : parts(doc)) {
			if (p.getAsJsonObject().get("keyword").getAsString().equals(part)) {
				return p.getAsJsonObject().getAsJsonObject("table").getAsJsonArray("cells");
			}
		}
		throw new AssertionError("no part " + part);
	}

	private static JsonObject cell(JsonObject doc, String part, String column, String row) {
		for (JsonElement c : cells(doc, part)) {
			JsonObject cell = c.getAsJsonObject();
			if (cell.get("column").getAsString().equals(column) && cell.get("row").getAsString().equals(row)) {
				return cell;
			}
		}
		throw new AssertionError("no cell " + part + "." + column + "." + row);
	}

	private static List<String> strings(JsonArray array) {
		List<String> strings = new ArrayList<>();
		array.forEach(e -> strings.add(e.getAsString()));
		return strings;
	}
}
