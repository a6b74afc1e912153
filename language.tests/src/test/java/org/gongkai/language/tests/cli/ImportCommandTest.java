package org.gongkai.language.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.language.tests.ReportSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code gongkai import} and published reports given to validate and generate, as a user runs them. */
class ImportCommandTest {

	private static final Path PUBLISHED = Path.of("src", "test", "resources", "published");

	@TempDir
	Path dir;

	@Test
	void writesTheReportBesideItsInputAndNeverOverwritesIt() throws IOException {
		Path txt = copy("zeku-2023.txt");
		byte[] input = Files.readAllBytes(txt);
		CliRun run = CliRun.of("import", txt.toString());
		assertEquals(0, run.exit(), run.err());
		Path written = dir.resolve("zeku-2023.gongkai");
		assertTrue(run.out().startsWith("已导入 " + txt + " → " + written + "（泽库县人民政府，2023年度，格式 2019，"), run.out());
		// the procurement row prints no label: its cells are read in the template's order, with a comment and a warning
		assertTrue(run.err().contains("警告：导入：未见「政府集中采购」的行标签"), run.err());
		String source = Files.readString(written);
		assertTrue(source.contains("    // 导入：未见「政府集中采购」的行标签") && source.contains("procurement:    projects 1, amount 150万元"), source);
		assertTrue(source.contains("other-services: previous 135 \"公共服务事项\", change -18, decisions -"), source);

		CliRun again = CliRun.of("import", txt.toString());
		assertEquals(2, again.exit());
		assertTrue(again.err().contains(written + " 已存在，不会覆盖"), again.err());
		assertEquals(source, Files.readString(written));
		assertArrayEquals(input, Files.readAllBytes(txt));
		assertTrue(again.noStackTrace());
	}

	@Test
	void aPageThatIsNoReportWritesNothing() throws IOException {
		Path news = Files.writeString(dir.resolve("news.txt"), "县政府召开常务会议\n会议研究了今年的重点工作。\n发布时间：2024-03-01\n");
		CliRun run = CliRun.of("import", "--to", "gongkai,json", news.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("未找到年度报告的表格"), run.err());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(news), files.toList());
		}
		CliRun validate = CliRun.of("validate", news.toString());
		assertEquals(2, validate.exit());
		assertTrue(validate.err().contains("无法导入 " + news + "：未找到年度报告的表格"), validate.err());
	}

	@Test
	void jsonHoldsTheDataAndTheDiagnosticsOfAReportThatBreaksTheRules() throws IOException {
		Path txt = copy("04_hongzequ_2023.txt");
		CliRun run = CliRun.of("import", "--to", "json", "-o", dir.resolve("out").toString() + "/", txt.toString());
		assertEquals(0, run.exit(), run.err());
		Path json = dir.resolve("out").resolve("04_hongzequ_2023.json");
		assertFalse(Files.exists(dir.resolve("out").resolve("04_hongzequ_2023.gongkai")));
		assertEquals(List.of(), ReportSchema.errors(Files.readString(json)));
		JsonObject report = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
		assertEquals("淮安市洪泽区人民政府", report.get("organ").getAsString());
		assertEquals(2023, report.get("year").getAsInt());
		JsonArray diagnostics = report.getAsJsonArray("diagnostics");
		assertTrue(diagnostics.toString().contains("\"code\":\"review.total\",\"place\":\"四·行政复议·总计\""), diagnostics.toString());
	}

	@Test
	void jsonGivesACellTheImporterCouldNotReadNoValue() throws IOException {
		Path txt = Files.copy(Path.of("src", "test", "resources", "crawled", "04_hebei-gongxinting_2022.txt"), dir.resolve("crawled.txt"));
		CliRun run = CliRun.of("import", "--to", "json", txt.toString());
		assertEquals(0, run.exit(), run.err());
		String text = Files.readString(dir.resolve("crawled.json"));
		assertEquals(List.of(), ReportSchema.errors(text));
		JsonObject report = JsonParser.parseString(text).getAsJsonObject();
		JsonObject made = cell(report, "active", "normative", "made");
		assertTrue(made.get("value").isJsonNull(), made.toString());
		assertTrue(made.get("unread").getAsString().contains("可拆作 5 | 4 | 26、5 | 42 | 6、54 | 2 | 6"), made.toString());
		JsonObject natural = cell(report, "apply", "natural", "new");
		assertEquals(12, natural.get("value").getAsInt());
		assertFalse(natural.has("unread"), natural.toString());
	}

	@Test
	void validateOnACrawledTextSaysWhatItsImportSays() throws IOException {
		Path txt = Files.copy(Path.of("src", "test", "resources", "crawled", "06_hebei-kejiting_2022.txt"), dir.resolve("crawled.txt"));
		Path imported = dir.resolve("out").resolve("crawled.gongkai");
		assertEquals(0, CliRun.of("import", "-o", imported.toString(), txt.toString()).exit());
		CliRun published = CliRun.of("validate", txt.toString());
		CliRun source = CliRun.of("validate", imported.toString());
		assertEquals(source.exit(), published.exit());
		// the same diagnostics of the rules (the published file's are placed in the table, not on a line), and the
		// importer's doubts beside them
		assertEquals(diagnostics(source.out()), diagnostics(published.out()).stream().filter(d -> !d.endsWith("[import]")).toList());
		assertTrue(published.out().contains("导入存疑 3 格"), published.out());
	}

	private static List<String> diagnostics(String out) {
		return out.lines().filter(line -> line.matches(".*: (warning|error): .*")).map(line -> line.replaceFirst("^.*?: (warning|error): ", "$1: "))
				.toList();
	}

	private static JsonObject cell(JsonObject report, String part, String column, String row) {
		for (var p : report.getAsJsonArray("parts")) {
			if (p.getAsJsonObject().get("keyword").getAsString().equals(part)) {
				for (var c : p.getAsJsonObject().getAsJsonObject("table").getAsJsonArray("cells")) {
					JsonObject cell = c.getAsJsonObject();
					if (cell.get("column").getAsString().equals(column) && cell.get("row").getAsString().equals(row)) {
						return cell;
					}
				}
			}
		}
		throw new AssertionError(part + "." + column + "." + row);
	}

	@Test
	void chineseKeywordsGiveTheSameReport() throws IOException {
		Path txt = copy("zezhou-2024.txt");
		// in a folder of its own: beside the published report it would be a second report of the same name
		Path chinese = dir.resolve("zh").resolve("中文.gongkai");
		CliRun run = CliRun.of("import", "--chinese", "-o", chinese.toString(), txt.toString());
		assertEquals(0, run.exit(), run.err());
		String source = Files.readString(chinese);
		assertTrue(source.contains("部分 依申请公开 <") && source.contains("机关 "), source);
		CliRun validate = CliRun.of("validate", chinese.toString());
		CliRun published = CliRun.of("validate", txt.toString());
		assertEquals(1, validate.exit());
		assertEquals(validate.lastOutLine(), published.lastOutLine());
	}

	@Test
	void validateNamesTheFileAndThePlaceInTheTable() throws IOException {
		Path txt = copy("zeku-2023.txt");
		CliRun run = CliRun.of("validate", txt.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains(txt + ": 四·行政复议·总计: error: 总计与各项之和不符（行政复议）"), run.out());
		assertTrue(run.out().contains(txt + ": 三·社会公益组织: error: 勾稽关系不成立（社会公益组织）"), run.out());
		assertTrue(run.out().contains(txt + ": 二·行政许可·处理决定数量: warning: 这一格印为空白（-）"), run.out());
		assertTrue(run.out().contains(txt + "：泽库县人民政府，2023年度，4 个错误，5 个警告，导入存疑 2 格"), run.out());
		assertEquals("共 1 个文件：4 个错误，5 个警告", run.lastOutLine());
		CliRun folder = CliRun.of("validate", dir.toString());
		assertEquals(run.out(), folder.out().replace(dir.resolve("zeku-2023.txt").toString(), txt.toString()));
	}

	@Test
	void generatePrintsAPublishedReportWithoutErrors() throws IOException {
		Path txt = copy("gongbujiangda-2023.txt");
		byte[] input = Files.readAllBytes(txt);
		CliRun run = CliRun.of("generate", "--to", "html,json", txt.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		String html = Files.readString(dir.resolve("gongbujiangda-2023.txt.html"));
		assertTrue(html.contains("工布江达县人民政府2023年政府信息公开工作年度报告"), html.substring(0, 400));
		assertTrue(Files.exists(dir.resolve("gongbujiangda-2023.txt.json")));
		assertArrayEquals(input, Files.readAllBytes(txt));
		assertFalse(Files.exists(dir.resolve("gongbujiangda-2023.gongkai")));
	}

	private Path copy(String name) throws IOException {
		return Files.copy(PUBLISHED.resolve(name), dir.resolve(name));
	}
}
