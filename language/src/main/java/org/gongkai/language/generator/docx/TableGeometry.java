package org.gongkai.language.generator.docx;

import java.util.Arrays;

import org.gongkai.language.generator.Grid;
import org.gongkai.language.template.TableLayout;

/**
 * How wide each column of a printed table is and the size of its text, so that the table fills the text width
 * exactly: part 二's four columns in 小四 (12 pt); part 三's ten and part 四's fifteen in 五号 (10.5 pt), which
 * still fits two characters (结果/维持, 商业/企业) in each number column and three (（三）) in a column of group labels.
 */
record TableGeometry(int[] widths, double points) {

	/** 小四 */
	private static final double SMALL_FOUR = 12;

	/** 五号 */
	private static final double FIVE = 10.5;

	/** Part 三: the share of the width for the number columns, and for each column of group labels. */
	private static final double MATRIX_VALUES = 0.5;
	private static final double MATRIX_GROUP = 0.09;

	public static TableGeometry of(TableLayout layout, Grid grid, int textWidth) {
		return switch (layout) {
		// the row labels (行政规范性文件) half as wide again as a field
		case BLOCKS -> new TableGeometry(weighted(textWidth, 3, grid.width() - 1, 2), SMALL_FOUR);
		case MATRIX -> new TableGeometry(matrix(grid, textWidth), FIVE);
		case ROW -> new TableGeometry(weighted(textWidth, 1, grid.width() - 1, 1), FIVE);
		};
	}

	/**
	 * The label columns come first: narrow ones for the groups (三、本年度办理结果, （三）不予公开), whose labels span
	 * rows, then a wide one for the longest labels; the number columns share the rest evenly.
	 */
	private static int[] matrix(Grid grid, int textWidth) {
		int labels = grid.rows().get(0).get(0).colSpan(); // the corner spans the label columns
		int values = grid.width() - labels;
		double[] shares = new double[grid.width()];
		Arrays.fill(shares, 0, labels - 1, MATRIX_GROUP);
		shares[labels - 1] = 1 - MATRIX_VALUES - MATRIX_GROUP * (labels - 1);
		Arrays.fill(shares, labels, shares.length, MATRIX_VALUES / values);
		return twips(shares, textWidth);
	}

	/** The first column weighs {@code first}, each of the {@code others} columns {@code other}. */
	private static int[] weighted(int textWidth, double first, int others, double other) {
		double[] shares = new double[1 + others];
		double total = first + others * other;
		shares[0] = first / total;
		Arrays.fill(shares, 1, shares.length, other / total);
		return twips(shares, textWidth);
	}

	/** Rounded so that the widths add up to the text width exactly. */
	private static int[] twips(double[] shares, int textWidth) {
		int[] widths = new int[shares.length];
		int used = 0;
		for (int i = 0; i < shares.length - 1; i++) {
			widths[i] = (int) Math.round(shares[i] * textWidth);
			used += widths[i];
		}
		widths[shares.length - 1] = textWidth - used;
		return widths;
	}
}
