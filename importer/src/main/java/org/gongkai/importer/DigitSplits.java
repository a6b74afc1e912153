package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gongkai.language.report.CellValues;
import org.gongkai.language.template.CellKind;
import org.gongkai.language.template.Item;
import org.gongkai.language.validation.TextNumbers.Counted;
import org.gongkai.language.validation.TextNumbers.Statement;

/**
 * The cells of a table a crawler printed as runs of joined digits ({@code 121010014} for seven cells), read through
 * the template's arithmetic over the whole table at once ({@link TableEquations}): every split of each row's runs into
 * its cells is tried (one digit a cell when the counts agree; empty cells as well where the table shows that the
 * crawler dropped them), and the splits of all rows tied by a total or a balance are searched together. A cell is
 * written when every reading that adds up gives it the same value; the others are left out, with the readings that
 * remain. Where the report's text states a cell's count (制发行政规范性文件5件), a row's splits that give it are kept
 * when others do not. A row none of whose splits adds up is read as printed where every split of its digits agrees,
 * and the rest left out: the published table does not add up there.
 * <p>
 * No library is used: the search is small (few rows have more than one split) and exhaustive, pruned as soon as an
 * equation's cells are all chosen, and rows that no equation ties are read each on their own.
 */
final class DigitSplits {

	/** A printed row: its label, its cells in print order, what each holds, the runs after the label. */
	record Row(String label, List<Place> places, List<CellKind> kinds, List<String> runs, Item doubtColumn) {
	}

	private static final int MAX_SPLITS = 2000;
	private static final int MAX_STEPS = 20_000;
	private static final int SHOWN_READINGS = 4;
	private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d*");
	private static final Pattern SIGNED = Pattern.compile("[+-]?(0|[1-9]\\d*)");
	private static final Pattern NOTE_AT_END = Pattern.compile("[（(]([^（）()]+)[）)]$");
	private static final Pattern AMOUNT = Pattern.compile("(0|[1-9]\\d*)(\\.\\d+)?(" + CellValues.WAN_YUAN + "|" + CellValues.YUAN
			+ ")?");

	private final List<Row> rows;
	private final ImportedTable table;
	/** The counts the report's text states; by row, the words of those that chose among its splits. */
	private final List<Statement> stated;
	private final Map<Integer, String> textSays = new HashMap<>();
	/** Every cell of the table by number; the equations over those numbers, each as its left and right cells. */
	private final Map<Place, Integer> ids = new HashMap<>();
	private final List<int[][]> equations = new ArrayList<>();
	private final int[][] rowIds;
	/** By cell: its value when printed empty, else null. */
	private BigDecimal[] fixed;
	/** By cell: the row whose splits give it; -1 for none (not printed, or its row is left out). */
	private int[] owner;

	private DigitSplits(List<Row> rows, ImportedTable table, List<Statement> stated) {
		this.rows = rows;
		this.table = table;
		this.stated = stated;
		this.rowIds = new int[rows.size()][];
		for (int r = 0; r < rows.size(); r++) {
			rowIds[r] = rows.get(r).places().stream().mapToInt(this::id).toArray();
		}
		for (TableEquations.Equation equation : TableEquations.of(table.template)) {
			equations.add(new int[][] { equation.left().stream().mapToInt(this::id).toArray(),
					equation.right().stream().mapToInt(this::id).toArray() });
		}
	}

	private int id(Place place) {
		return ids.computeIfAbsent(place, p -> ids.size());
	}

	static void read(List<Row> rows, ImportedTable table, List<Statement> stated) {
		new DigitSplits(rows, table, stated).read();
	}

	private void read() {
		fixed = new BigDecimal[ids.size()];
		owner = new int[ids.size()];
		Arrays.fill(owner, -1);
		boolean blanks = rows.stream().anyMatch(r -> digits(r.runs()) > 0 && digits(r.runs()) < r.places().size());
		for (int r = 0; r < rows.size(); r++) {
			if (rows.get(r).runs().isEmpty()) {
				// the label and the next one with nothing between: every cell printed empty
				for (int p = 0; p < rowIds[r].length; p++) {
					Place place = rows.get(r).places().get(p);
					table.put(place.column(), place.row(), Value.BLANK);
					fixed[rowIds[r][p]] = BigDecimal.ZERO;
				}
			}
		}
		List<List<Value[]>> local = new ArrayList<>();
		List<List<Value[]>> printedSplits = new ArrayList<>();
		List<Integer> splitCounts = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			Row row = rows.get(r);
			List<Value[]> splits = new ArrayList<>();
			int[] steps = { 0 };
			if (!row.runs().isEmpty()) {
				split(row, blanks, 0, 0, new Value[row.places().size()], 0, splits, steps);
			}
			int index = r;
			// more splits than are tried: none is sure
			boolean tooMany = splits.size() >= MAX_SPLITS || steps[0] > MAX_STEPS;
			List<Value[]> fitting = tooMany ? List.of()
					: narrowedByText(r, splits.stream().filter(split -> holdsAlone(index, split)).toList());
			splitCounts.add(tooMany ? MAX_SPLITS : splits.size());
			printedSplits.add(tooMany ? List.of() : splits);
			local.add(fitting);
			if (!fitting.isEmpty()) {
				for (int id : rowIds[r]) {
					owner[id] = r;
				}
			}
		}
		for (List<Integer> component : components()) {
			readComponent(component, local, printedSplits, splitCounts);
		}
	}

	private void readComponent(List<Integer> component, List<List<Value[]>> local, List<List<Value[]>> printedSplits,
			List<Integer> splitCounts) {
		List<int[][]> tied = equations.stream().filter(e -> touches(e, component)).toList();
		int[][] cells = component.stream().map(r -> rowIds[r]).toArray(int[][]::new);
		List<BigDecimal[][]> numbers = component.stream().map(r -> local.get(r).stream()
				.map(split -> Arrays.stream(split).map(DigitSplits::number).toArray(BigDecimal[]::new)).toArray(BigDecimal[][]::new)).toList();
		List<int[]> found = SplitSearch.readings(cells, numbers, tied, fixed);
		List<int[]> readings = found == null ? List.of() : found;
		// none: the table does not add up; too many to search: no reading is sure; either way each row stands on its own splits
		boolean complete = !readings.isEmpty();
		if (found != null && readings.isEmpty() && component.size() > 1) {
			Row first = rows.get(component.get(0));
			table.doubt(first.doubtColumn(), "导入：公布的表格不合勾稽关系：各行数字的任何拆法都不能使总计与结转对上，只导入各行自身确定的格", 0);
		}
		for (int r : component) {
			Row row = rows.get(r);
			String printed = "「" + row.label() + "」印作 \"" + String.join(" ", row.runs()) + "\"";
			List<Value[]> splits = local.get(r);
			if (splits.isEmpty() && !printedSplits.get(r).isEmpty()) {
				// the page contradicts its own arithmetic: what every split of its digits gives is what it printed
				readAsPrinted(row, printedSplits.get(r), printed);
				continue;
			}
			if (splits.isEmpty()) {
				String why = splitCounts.get(r) >= MAX_SPLITS ? "拆法太多，无从确定" : "没有一种拆法合乎 " + row.places().size() + " 栏";
				table.doubt(row.doubtColumn(), "导入：" + printed + "，" + why + "，未导入", row.places().size());
				row.places().forEach(place -> table.unread(place.column(), place.row(), printed + "，" + why));
				continue;
			}
			int position = component.indexOf(r);
			List<Value[]> kept = complete ? readings.stream().map(reading -> splits.get(reading[position])).toList() : splits;
			List<Place> unsure = putAgreed(row, kept);
			if (!unsure.isEmpty()) {
				leaveOut(row, unsure, printed + "，可拆作 " + readings(kept) + (found != null && readings.isEmpty() ? "（公布的表格不合计）" : ""));
			} else if (splitCounts.get(r) > 1) {
				String by = textSays.containsKey(r) ? "按勾稽关系与正文所述「" + textSays.get(r) + "」" : "按勾稽关系";
				table.doubt(row.doubtColumn(), "导入：" + by + "拆分 \"" + String.join(" ", row.runs()) + "\"（「" + row.label() + "」）为 "
						+ shown(kept.get(0)), 0);
			}
		}
	}

	/**
	 * The splits of row {@code r} that give a cell the count the report's text states of it (制发的规范性文件88件), when some
	 * do and others do not; else all of them (a text that contradicts the table chooses nothing).
	 */
	private List<Value[]> narrowedByText(int r, List<Value[]> splits) {
		List<Value[]> kept = splits;
		List<Place> places = rows.get(r).places();
		for (Statement statement : stated) {
			if (statement.cells().size() != 1) {
				continue;
			}
			Counted cell = statement.cells().get(0);
			for (int p = 0; p < places.size(); p++) {
				if (places.get(p).column().term() != cell.column() || places.get(p).row().term() != cell.row()) {
					continue;
				}
				int at = p;
				List<Value[]> agreeing = kept.stream()
						.filter(split -> split[at] != Value.BLANK && split[at].number().compareTo(statement.stated()) == 0).toList();
				if (!agreeing.isEmpty() && agreeing.size() < kept.size()) {
					kept = agreeing;
					textSays.merge(r, statement.words(), (a, b) -> a + "」「" + b);
				}
			}
		}
		return kept;
	}

	/** Writes the row's cells every split gives alike; the places of the others. */
	private List<Place> putAgreed(Row row, List<Value[]> splits) {
		Value[] first = splits.get(0);
		List<Place> unsure = new ArrayList<>();
		for (int p = 0; p < row.places().size(); p++) {
			int at = p;
			if (splits.stream().allMatch(split -> same(split[at], first[at]))) {
				table.put(row.places().get(p).column(), row.places().get(p).row(), first[p]);
			} else {
				unsure.add(row.places().get(p));
			}
		}
		return unsure;
	}

	private void leaveOut(Row row, List<Place> unsure, String reason) {
		table.doubt(row.doubtColumn(), "导入：" + reason + "，未导入其中不定的 " + unsure.size() + " 格（" + labels(unsure) + "）", unsure.size());
		unsure.forEach(place -> table.unread(place.column(), place.row(), reason));
	}

	private static String readings(List<Value[]> splits) {
		List<String> distinct = splits.stream().map(DigitSplits::shown).distinct().toList();
		return distinct.stream().limit(SHOWN_READINGS).collect(Collectors.joining("、"))
				+ (distinct.size() > SHOWN_READINGS ? " 等 " + distinct.size() + " 种" : "");
	}

	/**
	 * A row none of whose splits adds up (the published table does not add up there): the cells every split of its
	 * digits gives alike are written as printed, the others left out, and the finding said.
	 */
	private void readAsPrinted(Row row, List<Value[]> splits, String printed) {
		List<Place> unsure = putAgreed(row, splits);
		String finding = printed + "，没有一种拆法合乎勾稽关系（公布的表格不合计）";
		if (unsure.isEmpty()) {
			table.doubt(row.doubtColumn(), "导入：" + finding + "，按所印 " + shown(splits.get(0)) + " 导入", 0);
		} else {
			leaveOut(row, unsure, finding + "，可拆作 " + readings(splits));
		}
	}

	/** Whether a split of row {@code r} satisfies every equation whose cells are all in the row or printed empty. */
	private boolean holdsAlone(int r, Value[] split) {
		BigDecimal[] known = fixed.clone();
		for (int p = 0; p < split.length; p++) {
			known[rowIds[r][p]] = number(split[p]);
		}
		for (int[][] equation : equations) {
			if (!touchesRow(equation, r)) {
				continue;
			}
			BigDecimal balance = BigDecimal.ZERO;
			boolean all = true;
			for (int side = 0; side < 2 && all; side++) {
				for (int id : equation[side]) {
					if (known[id] == null) {
						all = false;
						break;
					}
					balance = side == 0 ? balance.add(known[id]) : balance.subtract(known[id]);
				}
			}
			if (all && balance.signum() != 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Rows tied by an equation, together, also through a cell no row gives (a total printed wrong ties the rows it sums
	 * to the balance it stands in); rows no equation ties, each alone.
	 */
	private List<List<Integer>> components() {
		int[] parent = new int[rows.size() + owner.length];
		for (int node = 0; node < parent.length; node++) {
			parent[node] = node;
		}
		for (int[][] equation : equations) {
			int first = -1;
			for (int[] side : equation) {
				for (int id : side) {
					int node = owner[id] >= 0 ? owner[id] : fixed[id] == null ? rows.size() + id : -1;
					if (node >= 0) {
						first = first < 0 ? node : first;
						parent[find(parent, node)] = find(parent, first);
					}
				}
			}
		}
		Map<Integer, List<Integer>> components = new LinkedHashMap<>();
		for (int r = 0; r < rows.size(); r++) {
			if (!rows.get(r).runs().isEmpty()) {
				components.computeIfAbsent(find(parent, r), k -> new ArrayList<>()).add(r);
			}
		}
		return List.copyOf(components.values());
	}

	private static int find(int[] parent, int r) {
		int at = r;
		while (parent[at] != at) {
			at = parent[at];
		}
		return at;
	}

	private boolean touches(int[][] equation, List<Integer> component) {
		for (int[] side : equation) {
			for (int id : side) {
				if (owner[id] >= 0 && component.contains(owner[id])) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean touchesRow(int[][] equation, int r) {
		for (int[] side : equation) {
			for (int id : side) {
				if (contains(rowIds[r], id)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean contains(int[] ids, int id) {
		for (int i : ids) {
			if (i == id) {
				return true;
			}
		}
		return false;
	}

	/** Every way to cut a row's runs into its cells in order, each run at least one cell. */
	private static void split(Row row, boolean blanks, int run, int offset, Value[] cells, int cell, List<Value[]> out, int[] steps) {
		if (out.size() >= MAX_SPLITS || ++steps[0] > MAX_STEPS) {
			return;
		}
		int k = cells.length;
		if (run == row.runs().size()) {
			if (cell == k || blanks) {
				Value[] done = cells.clone();
				for (int c = cell; c < k; c++) {
					done[c] = Value.BLANK;
				}
				out.add(done);
			}
			return;
		}
		if (k - cell < row.runs().size() - run) {
			return; // every run left needs a cell of its own
		}
		if (blanks) {
			cells[cell] = Value.BLANK;
			split(row, blanks, run, offset, cells, cell + 1, out, steps);
		}
		String printed = row.runs().get(run);
		Matcher noted = NOTE_AT_END.matcher(printed);
		String note = noted.find() ? noted.group(1) : null;
		String text = note == null ? printed : printed.substring(0, noted.start());
		for (int end = offset + 1; end <= text.length(); end++) {
			String piece = text.substring(offset, end);
			if (!fits(piece, row.kinds().get(cell))) {
				continue;
			}
			Value value = new Value(piece, null);
			// the note belongs to the cell the run ends with
			cells[cell] = end == text.length() && note != null ? new Value(value.written(), note) : value;
			if (end == text.length()) {
				split(row, blanks, run + 1, 0, cells, cell + 1, out, steps);
			} else {
				split(row, blanks, run, end, cells, cell + 1, out, steps);
			}
		}
	}

	private static boolean fits(String piece, CellKind kind) {
		return switch (kind) {
		case COUNT -> COUNT.matcher(piece).matches();
		case SIGNED -> SIGNED.matcher(piece).matches();
		case AMOUNT -> AMOUNT.matcher(piece).matches();
		};
	}

	private static int digits(List<String> runs) {
		return (int) runs.stream().flatMapToInt(String::chars).filter(Character::isDigit).count();
	}

	private static BigDecimal number(Value value) {
		return value == Value.BLANK ? BigDecimal.ZERO : value.number();
	}

	private static boolean same(Value a, Value b) {
		return a.written().equals(b.written());
	}

	private static String shown(Value[] split) {
		List<String> cells = new ArrayList<>();
		for (Value value : split) {
			cells.add(value == Value.BLANK ? "空" : value.written());
		}
		return String.join(" | ", cells);
	}

	private static String labels(List<Place> places) {
		boolean oneRow = places.stream().map(Place::row).distinct().count() == 1;
		boolean oneColumn = places.stream().map(Place::column).distinct().count() == 1;
		return places.stream().map(p -> oneRow ? p.column().label() : oneColumn ? p.row().label() : p.column().label() + p.row().label())
				.collect(Collectors.joining("、"));
	}
}
