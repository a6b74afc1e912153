package org.gongkai.language.template;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a cell sits in the official table, in the template's labels: {@code 三（一）予以公开·自然人},
 * {@code 三（三）不予公开1.属于国家秘密·总计}, {@code 二·行政许可·处理决定数量}, {@code 四·行政复议·总计}.
 */
public final class CellPlaces {

	private CellPlaces() {
	}

	public static String of(PartTemplate part, Item column, Item row) {
		String number = part.number().replace("、", "");
		if (part.table().layout() == TableLayout.MATRIX) {
			String groups = row.groups().stream().skip(1).map(Group::fullLabel).collect(Collectors.joining());
			String label = groups + row.fullLabel();
			return number + (label.startsWith("（") ? "" : "·") + label + "·" + column.label();
		}
		return Stream.of(number, column.label(), row.label()).collect(Collectors.joining("·"));
	}
}
