package org.gongkai.language.template;

/** How the official format prints a table. */
public enum TableLayout {
	/** Part 二: one block per caption (第二十条第（一）项 …), each a header row of fields and a row per item. */
	BLOCKS,
	/** Part 三: grouped column headers across the top, grouped row labels down the side, a number in every crossing. */
	MATRIX,
	/** Part 四: grouped headers over every column's fields, and one row of numbers. */
	ROW
}
