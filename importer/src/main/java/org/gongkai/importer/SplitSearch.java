package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The search of {@link DigitSplits} over rows tied by equations: every choice of one split a row, pruned at the row
 * that completes an equation; an equation with a cell no row gives is checked at the end, where one unknown cell is
 * solved for (never below 0). Cells are numbered; an equation is its left and right cells. Gives up, rather than run
 * long, after too many steps or readings: then no reading is sure.
 */
final class SplitSearch {

	private static final int MAX_READINGS = 500;
	private static final int MAX_STEPS = 20_000;

	private final int[][] cells;
	private final List<BigDecimal[][]> splits;
	private final List<int[][]> equations;
	/** By equation: the row whose split completes it; -1 when it holds a cell no row gives. */
	private final int[] stage;
	/** By row: the equations its split completes. */
	private final List<List<int[][]>> completed = new ArrayList<>();
	private final BigDecimal[] known;
	private final int[] chosen;
	private final List<int[]> readings = new ArrayList<>();
	private int steps;

	/**
	 * @param cells  by row: the cells its splits fill
	 * @param splits by row: its splits, each the numbers of its cells (none: the row's cells are not known)
	 * @param known  by cell: printed empty (0), else null
	 */
	private SplitSearch(int[][] cells, List<BigDecimal[][]> splits, List<int[][]> equations, BigDecimal[] known) {
		this.cells = cells;
		this.splits = splits;
		this.equations = equations;
		this.known = known.clone();
		this.chosen = new int[cells.length];
		int[] rowOf = new int[known.length];
		java.util.Arrays.fill(rowOf, -1);
		for (int r = 0; r < cells.length; r++) {
			if (splits.get(r).length > 0) {
				for (int id : cells[r]) {
					rowOf[id] = r;
				}
			}
		}
		stage = new int[equations.size()];
		for (int e = 0; e < equations.size(); e++) {
			int last = -1;
			boolean free = false;
			for (int[] side : equations.get(e)) {
				for (int id : side) {
					free |= known[id] == null && rowOf[id] < 0;
					last = Math.max(last, rowOf[id]);
				}
			}
			stage[e] = free ? -1 : last;
		}
		for (int r = 0; r < cells.length; r++) {
			List<int[][]> byRow = new ArrayList<>();
			for (int e = 0; e < equations.size(); e++) {
				if (stage[e] == r) {
					byRow.add(equations.get(e));
				}
			}
			completed.add(byRow);
		}
	}

	/** The readings that satisfy every equation, each a split index by row; null when the search gave up. */
	static List<int[]> readings(int[][] cells, List<BigDecimal[][]> splits, List<int[][]> equations, BigDecimal[] known) {
		SplitSearch search = new SplitSearch(cells, splits, equations, known);
		boolean done = search.search(0);
		return done ? search.readings : null;
	}

	private boolean search(int row) {
		if (row == cells.length) {
			if (solved()) {
				readings.add(chosen.clone());
			}
			return readings.size() <= MAX_READINGS;
		}
		BigDecimal[][] options = splits.get(row);
		if (options.length == 0) {
			return search(row + 1);
		}
		for (int s = 0; s < options.length; s++) {
			if (++steps > MAX_STEPS) {
				return false;
			}
			chosen[row] = s;
			for (int p = 0; p < cells[row].length; p++) {
				known[cells[row][p]] = options[s][p];
			}
			if (completedHold(row) && !search(row + 1)) {
				return false;
			}
		}
		for (int id : cells[row]) {
			known[id] = null;
		}
		return true;
	}

	private boolean completedHold(int row) {
		for (int[][] equation : completed.get(row)) {
			if (balance(equation, known).signum() != 0) {
				return false;
			}
		}
		return true;
	}

	/** Whether the equations with a cell no row gives hold, solving for one unknown cell at a time. */
	private boolean solved() {
		BigDecimal[] values = known.clone();
		boolean progress = true;
		while (progress) {
			progress = false;
			for (int[][] equation : equations) {
				int unknown = -1;
				int unknowns = 0;
				for (int[] side : equation) {
					for (int id : side) {
						if (values[id] == null) {
							unknown = id;
							unknowns++;
						}
					}
				}
				if (unknowns == 0 && balance(equation, values).signum() != 0) {
					return false;
				}
				if (unknowns == 1) {
					values[unknown] = BigDecimal.ZERO;
					BigDecimal rest = balance(equation, values);
					BigDecimal value = contains(equation[0], unknown) ? rest.negate() : rest;
					if (value.signum() < 0) {
						return false;
					}
					values[unknown] = value;
					progress = true;
				}
			}
		}
		return true;
	}

	/** Left minus right; a cell not known counts 0. */
	private static BigDecimal balance(int[][] equation, BigDecimal[] values) {
		BigDecimal balance = BigDecimal.ZERO;
		for (int id : equation[0]) {
			balance = values[id] == null ? balance : balance.add(values[id]);
		}
		for (int id : equation[1]) {
			balance = values[id] == null ? balance : balance.subtract(values[id]);
		}
		return balance;
	}

	private static boolean contains(int[] ids, int id) {
		for (int i : ids) {
			if (i == id) {
				return true;
			}
		}
		return false;
	}
}
