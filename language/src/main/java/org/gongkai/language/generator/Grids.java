package org.gongkai.language.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongkai.language.report.TableView;
import org.gongkai.language.template.Block;
import org.gongkai.language.template.Group;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;

/**
 * Lays a table out as the official format prints it, merged cells included: every format (HTML, Markdown, DOCX)
 * prints the same {@link Grid}. The layout follows the template's groups, never a table's keywords.
 */
public final class Grids {

	public static Grid of(TableView table) {
		return switch (table.template().layout()) {
		case BLOCKS -> blocks(table);
		case MATRIX -> matrix(table);
		case ROW -> row(table);
		};
	}

	/** Part 二: per block a caption row, a header row of fields, a row per item; fields share the width evenly, the last takes the rest. */
	private static Grid blocks(TableView table) {
		TableTemplate template = table.template();
		int fields = template.blocks().stream().mapToInt(b -> b.rows().size()).max().orElse(1);
		int width = 1 + fields;
		List<List<GridCell>> rows = new ArrayList<>();
		for (Block block : template.blocks()) {
			rows.add(List.of(new GridCell(block.caption(), 1, width, GridCell.Kind.CAPTION, null)));
			List<GridCell> header = new ArrayList<>();
			header.add(GridCell.header(template.corner(), 1, 1));
			for (int i = 0; i < block.rows().size(); i++) {
				header.add(GridCell.header(block.rows().get(i).fullLabel(), 1, span(i, block.rows().size(), fields)));
			}
			rows.add(header);
			for (Item item : block.columns()) {
				List<GridCell> row = new ArrayList<>();
				row.add(GridCell.label(item.fullLabel(), 1, 1));
				for (int i = 0; i < block.rows().size(); i++) {
					row.add(GridCell.value(table.cell(item, block.rows().get(i)), span(i, block.rows().size(), fields)));
				}
				rows.add(row);
			}
		}
		return new Grid(width, 0, rows);
	}

	/** Part 三: the corner, grouped column headers, grouped row labels down the side. */
	private static Grid matrix(TableView table) {
		TableTemplate template = table.template();
		List<Item> columns = template.columns();
		List<Item> rows = template.rows();
		int headerDepth = columns.stream().mapToInt(c -> c.groups().size()).max().orElse(0) + 1;
		int labelWidth = rows.stream().mapToInt(r -> r.groups().size()).max().orElse(0) + 1;
		List<List<GridCell>> grid = new ArrayList<>();
		List<List<Object>> columnPaths = columns.stream().map(Grids::path).toList();
		for (int level = 0; level < headerDepth; level++) {
			List<GridCell> line = new ArrayList<>();
			if (level == 0) {
				line.add(GridCell.header(template.corner(), headerDepth, labelWidth));
			}
			line.addAll(headers(columnPaths, level, headerDepth));
			grid.add(line);
		}
		List<List<Object>> rowPaths = rows.stream().map(Grids::path).toList();
		for (int r = 0; r < rows.size(); r++) {
			Item row = rows.get(r);
			List<GridCell> line = new ArrayList<>();
			for (int level = 0; level < row.groups().size(); level++) {
				if (startsRun(rowPaths, r, level)) {
					line.add(GridCell.label(row.groups().get(level).fullLabel(), runLength(rowPaths, r, level), 1));
				}
			}
			line.add(GridCell.label(row.fullLabel(), 1, labelWidth - row.groups().size()));
			for (Item column : columns) {
				line.add(GridCell.value(table.cell(column, row), 1));
			}
			grid.add(line);
		}
		return new Grid(labelWidth + columns.size(), headerDepth, grid);
	}

	/** Part 四: every column's fields side by side under the column's groups, then one row of numbers. */
	private static Grid row(TableView table) {
		TableTemplate template = table.template();
		List<List<Object>> leafPaths = new ArrayList<>();
		List<GridCell> values = new ArrayList<>();
		for (Item column : template.columns()) {
			for (Item field : template.rowsOf(column)) {
				List<Object> path = path(column);
				path.add(field);
				leafPaths.add(path);
				values.add(GridCell.value(table.cell(column, field), 1));
			}
		}
		int depth = leafPaths.stream().mapToInt(List::size).max().orElse(1);
		List<List<GridCell>> grid = new ArrayList<>();
		for (int level = 0; level < depth; level++) {
			grid.add(headers(leafPaths, level, depth));
		}
		grid.add(values);
		return new Grid(leafPaths.size(), depth, grid);
	}

	/** The header cells starting on one level: a run of equal nodes spans its columns; a leaf spans down to the last level. */
	private static List<GridCell> headers(List<List<Object>> paths, int level, int depth) {
		List<GridCell> line = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++) {
			List<Object> path = paths.get(i);
			if (level < path.size() && startsRun(paths, i, level)) {
				boolean leaf = level == path.size() - 1;
				line.add(GridCell.header(text(path.get(level)), leaf ? depth - level : 1, runLength(paths, i, level)));
			}
		}
		return line;
	}

	private static List<Object> path(Item item) {
		List<Object> path = new ArrayList<>(item.groups());
		path.add(item);
		return path;
	}

	private static boolean startsRun(List<List<Object>> paths, int index, int level) {
		return index == 0 || !sameAt(paths.get(index - 1), paths.get(index), level);
	}

	private static int runLength(List<List<Object>> paths, int index, int level) {
		int end = index + 1;
		while (end < paths.size() && sameAt(paths.get(index), paths.get(end), level)) {
			end++;
		}
		return end - index;
	}

	/** Two paths share their node on a level when they share every node down to it. */
	private static boolean sameAt(List<Object> a, List<Object> b, int level) {
		if (level >= a.size() || level >= b.size()) {
			return false;
		}
		for (int l = 0; l <= level; l++) {
			if (!Objects.equals(a.get(l), b.get(l))) {
				return false;
			}
		}
		return true;
	}

	private static String text(Object node) {
		return node instanceof Group group ? group.fullLabel() : ((Item) node).fullLabel();
	}

	private static int span(int index, int count, int width) {
		return index < count - 1 ? 1 : width - (count - 1);
	}

	private Grids() {
	}
}
