package org.gongkai.summary.data;

import java.util.List;
import java.util.stream.Stream;

import org.gongkai.language.template.CellKind;
import org.gongkai.language.template.Group;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartTemplate;

/** One cell of a format's tables (its id), at {@code slot} in a report's values. */
public record Cell(int format, PartTemplate part, Item column, Item row, int slot) {

	public boolean isAmount() {
		return row.kind() == CellKind.AMOUNT;
	}

	/** {@code apply.natural.new}: the cell as a {@code ${…}} names it, with its part. */
	public String path() {
		return part.keyword() + "." + column.keyword() + "." + row.keyword();
	}

	/** The column's official label, under its groups: 申请人情况·法人或其他组织·商业企业. */
	public String columnLabel() {
		return labels(column);
	}

	/** The row's official label with its numbering, under its groups: 三、本年度办理结果·（三）不予公开·1.属于国家秘密. */
	public String rowLabel() {
		return labels(row);
	}

	/** Where the official table prints it: 三·自然人·（一）予以公开. */
	public String place() {
		return part.number().replace("、", "") + "·" + column.fullLabel() + "·" + row.fullLabel();
	}

	/**
	 * Whether a cell of another format means the same: the same place in the template (part, column and row keywords)
	 * under the same groups, holding the same kind of value. Format 2019's 其他处理 is one row, format 2021's 3.其他 one
	 * of three: not the same.
	 */
	public boolean meansTheSame(Cell other) {
		return path().equals(other.path()) && row.kind() == other.row.kind() && groups(row).equals(groups(other.row))
				&& groups(column).equals(groups(other.column));
	}

	private static List<String> groups(Item item) {
		return item.groups().stream().map(Group::fullLabel).toList();
	}

	private static String labels(Item item) {
		return String.join("·", Stream.concat(item.groups().stream().map(Group::fullLabel).filter(l -> !l.isEmpty()),
				Stream.of(item.fullLabel())).toList());
	}
}
