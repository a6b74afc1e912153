package org.gongkai.summary.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The rows of a roster's first sheet as text; a date cell as 2025-01-31. */
final class RosterSheet {

	private RosterSheet() {
	}

	static List<List<String>> rows(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null ? "" : text(cell, formatter));
				}
				rows.add(cells);
			}
			return rows;
		} catch (RuntimeException e) {
			throw new IOException("不是可读的 Excel 工作簿（" + e.getMessage() + "）", e);
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		return formatter.formatCellValue(cell).strip();
	}
}
