package org.gongkai.language.generator.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.language.generator.Grid;
import org.gongkai.language.generator.GridCell;
import org.gongkai.language.generator.XmlChars;
import org.gongkai.language.generator.docx.Placement.Placed;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Prints a {@link Grid} as a Word table of fixed column widths. Every row has a cell for every column: a cell
 * spanning columns is one cell with a gridSpan; below a cell spanning rows, each row holds a continuing cell
 * (vMerge) of the same gridSpan.
 */
final class TableWriter {

	/** 1 mm either side of a cell's text. */
	private static final int CELL_MARGIN = 57;

	/** ½ pt lines. */
	private static final int BORDER = 4;

	public static void write(XWPFDocument document, Grid grid, TableGeometry geometry) {
		XWPFTable table = document.createTable();
		table.removeRow(0);
		frame(table, geometry.widths());
		Face face = Face.body(geometry.points());
		String style = TableTextStyle.of(document, face);
		Placed[][] places = Placement.of(grid);
		for (int r = 0; r < places.length; r++) {
			XWPFTableRow row = table.insertNewTableRow(r);
			row.setCantSplitRow(true);
			row.setRepeatHeader(r < grid.headerRows());
			for (int c = 0; c < grid.width();) {
				Placed placed = places[r][c];
				XWPFTableCell cell = row.addNewTableCell();
				span(cell, placed, r, geometry.widths());
				XWPFParagraph paragraph = cell.getParagraphs().get(0);
				paragraph.setStyle(style);
				if (placed.row() == r) {
					paragraph.setAlignment(alignment(placed.cell()));
					if (!placed.cell().text().isEmpty()) {
						XWPFRun run = paragraph.createRun();
						if (placed.cell().kind() == GridCell.Kind.CAPTION) {
							new Face(Face.PART.font(), face.points()).applyTo(run);
						}
						run.setText(XmlChars.clean(placed.cell().text()));
					}
				}
				c += placed.cell().colSpan();
			}
		}
	}

	/** Fixed layout at the widths given, centred, lines all round and between cells. */
	private static void frame(XWPFTable table, int[] widths) {
		CTTblPr properties = table.getCTTbl().getTblPr();
		CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(sum(widths, 0, widths.length)));
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		table.setTableAlignment(TableRowAlign.CENTER);
		table.setTopBorder(XWPFBorderType.SINGLE, BORDER, 0, "000000");
		table.setBottomBorder(XWPFBorderType.SINGLE, BORDER, 0, "000000");
		table.setLeftBorder(XWPFBorderType.SINGLE, BORDER, 0, "000000");
		table.setRightBorder(XWPFBorderType.SINGLE, BORDER, 0, "000000");
		table.setInsideHBorder(XWPFBorderType.SINGLE, BORDER, 0, "000000");
		table.setInsideVBorder(XWPFBorderType.SINGLE, BORDER, 0, "000000");
		table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
		CTTblGrid columns = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
		for (int w : widths) {
			columns.addNewGridCol().setW(BigInteger.valueOf(w));
		}
	}

	/** The cell's width and spans; a cell below the first row of a cell spanning rows continues its merge. */
	private static void span(XWPFTableCell cell, Placed placed, int row, int[] widths) {
		GridCell grid = placed.cell();
		CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		CTTblWidth width = properties.addNewTcW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(sum(widths, placed.column(), placed.column() + grid.colSpan())));
		if (grid.colSpan() > 1) {
			properties.addNewGridSpan().setVal(BigInteger.valueOf(grid.colSpan()));
		}
		if (grid.rowSpan() > 1) {
			properties.addNewVMerge().setVal(placed.row() == row ? STMerge.RESTART : STMerge.CONTINUE);
		}
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
	}

	/** Row labels read from the left; a group label spanning rows, headers and numbers are centred. */
	private static ParagraphAlignment alignment(GridCell cell) {
		return cell.kind() == GridCell.Kind.LABEL && cell.rowSpan() == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER;
	}

	private static int sum(int[] widths, int from, int to) {
		int sum = 0;
		for (int i = from; i < to; i++) {
			sum += widths[i];
		}
		return sum;
	}

	private TableWriter() {
	}
}
