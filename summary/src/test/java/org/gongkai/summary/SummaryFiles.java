package org.gongkai.summary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.language.spreadsheet.CsvRows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The inputs the tests summarise, and the outputs read back as their readers read them. */
final class SummaryFiles {

	/** The five examples: real published reports, three with errors. */
	static final Path EXAMPLES = Path.of("..", "examples");
	/** Published reports of ../shared/reports transcribed, 2019–2024, both formats, one with blank cells. */
	static final Path TRANSCRIPTIONS = Path.of("..", "language.tests", "src", "test", "resources", "reports");

	private SummaryFiles() {
	}

	static Path write(Path folder, String name, String text) throws IOException {
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve(name), text, UTF_8);
	}

	/** cells.csv as rows of named fields; checks the byte order mark and the header. */
	static List<Map<String, String>> cells(Path folder) throws IOException {
		String text = Files.readString(folder.resolve("cells.csv"), UTF_8);
		assertTrue(text.startsWith("\ufeff"), "cells.csv starts with a byte order mark");
		List<List<String>> rows = CsvRows.parse(text.substring(1));
		List<String> header = rows.get(0);
		assertEquals(List.of("organ", "year", "level", "format", "part", "column", "row", "value", "written"), header);
		List<Map<String, String>> cells = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			assertEquals(header.size(), row.size(), "fields of " + row);
			Map<String, String> cell = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				cell.put(header.get(i), row.get(i));
			}
			cells.add(cell);
		}
		return cells;
	}

	/** One cell of the organ's report of the year. */
	static Map<String, String> cell(List<Map<String, String>> cells, String organ, int year, String path) {
		String[] keys = path.split("\\.");
		return cells.stream().filter(c -> c.get("organ").equals(organ) && c.get("year").equals(String.valueOf(year))
				&& c.get("part").equals(keys[0]) && c.get("column").equals(keys[1]) && c.get("row").equals(keys[2])).findFirst()
				.orElseThrow(() -> new AssertionError("no cell " + path + " of " + organ + " " + year));
	}

	static Document page(Path folder) throws IOException {
		return Jsoup.parse(folder.resolve("summary.html").toFile(), "UTF-8");
	}

	/** The totals table's cell of a figure in the 全部 column: its sum, without share or count. */
	static String total(Document page, String figure) {
		for (Element row : page.select("table.totals tbody tr")) {
			Element heading = row.selectFirst("th");
			if (heading != null && heading.ownText().equals(figure)) {
				return row.select("td").get(0).ownText().strip();
			}
		}
		throw new AssertionError("no row " + figure + " in the totals");
	}

	static XSSFWorkbook workbook(Path folder) throws IOException {
		try (InputStream in = Files.newInputStream(folder.resolve("summary.xlsx"))) {
			return new XSSFWorkbook(in);
		}
	}
}
