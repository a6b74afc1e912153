package org.gongkai.summary.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.language.ide.output.GeneratedMark;

/**
 * A file {@code gongkai summary} writes, and how it knows one it wrote before: the page's and the workbook's
 * generator mark ({@link GeneratedMark}), the table's exact first line, the summary report's first line.
 */
public enum SummaryFile {

	HTML("summary.html"), XLSX("summary.xlsx"), CSV("cells.csv"), REPORT("汇总.gongkai");

	private final String fileName;

	SummaryFile(String fileName) {
		this.fileName = fileName;
	}

	public String fileName() {
		return fileName;
	}

	/** Whether the file there was written by {@code gongkai summary} (or, for the page and workbook, by Gongkai). */
	public boolean isOurs(Path file) {
		return switch (this) {
			case HTML -> GeneratedMark.isOurs(file, "html");
			case XLSX -> GeneratedMark.isOurs(file, "xlsx");
			case CSV -> startsWith(file, CellsCsv.BOM + CellsCsv.HEADER + CellsCsv.EOL);
			case REPORT -> startsWith(file, AreaReportSource.MARK);
		};
	}

	private static boolean startsWith(Path file, String start) {
		byte[] expected = start.getBytes(StandardCharsets.UTF_8);
		try (InputStream in = Files.newInputStream(file)) {
			return java.util.Arrays.equals(in.readNBytes(expected.length), expected);
		} catch (IOException e) {
			return false;
		}
	}
}
