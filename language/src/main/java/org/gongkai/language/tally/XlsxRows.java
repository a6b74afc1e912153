package org.gongkai.language.tally;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of a workbook, row by row, read with POI's streaming (SAX) reader so that a register of any length
 * takes little memory. Cells show as Excel shows them, except dates, which arrive as 2023-01-05.
 */
final class XlsxRows {

	private XlsxRows() {
	}

	static void read(OPCPackage workbook, RowSink sink) throws IOException, RegisterUnreadable {
		try {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new RegisterUnreadable("工作簿中没有工作表", null);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new Rows(sink),
						new IsoDates(), false));
				parser.parse(new InputSource(sheet));
			}
		} catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
			throw new RegisterUnreadable("无法读取工作簿：" + e.getMessage(), e);
		}
	}

	/** Collects a row's cells by column and hands the row on when it ends. */
	private static final class Rows implements SheetContentsHandler {
		private final RowSink sink;
		private final List<String> cells = new ArrayList<>();
		private int number;

		Rows(RowSink sink) {
			this.sink = sink;
		}

		@Override
		public void startRow(int rowNum) {
			number = rowNum + 1;
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			sink.row(number, List.copyOf(cells));
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = column(reference);
			while (cells.size() <= column) {
				cells.add("");
			}
			cells.set(column, value == null ? "" : value);
		}
	}

	/** The column of a reference such as AB12, counted from 0 (A), without CellReference's regular expression. */
	private static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return column - 1;
	}

	/** Excel's dates as ISO dates, whatever format the workbook shows them in; every other number as Excel shows it. */
	private static final class IsoDates extends DataFormatter {
		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}
	}
}
