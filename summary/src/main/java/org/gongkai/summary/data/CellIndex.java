package org.gongkai.summary.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;

/** Every cell of one format's three tables, in the order the official tables print them, each with its slot. */
public final class CellIndex {

	private static final Map<Integer, CellIndex> BY_FORMAT = new LinkedHashMap<>();
	static {
		Formats.ALL.forEach(format -> BY_FORMAT.put(format.id(), new CellIndex(format)));
		for (CellIndex index : BY_FORMAT.values()) {
			for (CellIndex other : BY_FORMAT.values()) {
				Cell[] same = new Cell[other.size()];
				for (Cell cell : other.cells) {
					same[cell.slot()] = index.cell(cell.path()).filter(c -> c.meansTheSame(cell)).orElse(null);
				}
				index.sameByFormat.put(other.format.id(), same);
			}
		}
	}

	private final ReportFormat format;
	private final List<Cell> cells = new ArrayList<>();
	private final Map<String, Cell> byPath = new LinkedHashMap<>();
	/** For each format, by its cells' slots: this format's cell of the same meaning, or null (asked once per report cell). */
	private final Map<Integer, Cell[]> sameByFormat = new LinkedHashMap<>();

	private CellIndex(ReportFormat format) {
		this.format = format;
		for (PartTemplate part : format.parts()) {
			if (part.kind() != PartKind.TABLE) {
				continue;
			}
			TableTemplate table = part.table();
			for (Item column : table.columns()) {
				for (Item row : table.rowsOf(column)) {
					Cell cell = new Cell(format.id(), part, column, row, cells.size());
					cells.add(cell);
					byPath.put(cell.path(), cell);
				}
			}
		}
	}

	public static CellIndex of(ReportFormat format) {
		return BY_FORMAT.get(format.id());
	}

	public ReportFormat format() {
		return format;
	}

	public List<Cell> cells() {
		return cells;
	}

	public int size() {
		return cells.size();
	}

	/** {@code apply.natural.new} */
	public Optional<Cell> cell(String path) {
		return Optional.ofNullable(byPath.get(path));
	}

	/** This format's cell that means what {@code other} (of any format) means. */
	public Optional<Cell> same(Cell other) {
		return Optional.ofNullable(sameByFormat.get(other.format())[other.slot()]);
	}
}
