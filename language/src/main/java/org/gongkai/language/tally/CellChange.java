package org.gongkai.language.tally;

/** A cell of part 三 a tally changes: its place in the official table (三·一、本年新收…·自然人) and its value before and after. */
public record CellChange(String place, String before, String after) {

	@Override
	public String toString() {
		return place + "：" + before + " → " + after;
	}
}
