package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gongkai.language.template.Balance;
import org.gongkai.language.template.Block;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;

/**
 * The arithmetic a table's template declares, as equations between its cells: the total column is the sum of the
 * others in every row, the total row the sum of its terms in every column, and every balance holds in every column.
 */
final class TableEquations {

	/** The cells of {@code left} add up to the cells of {@code right}. */
	record Equation(List<Place> left, List<Place> right) {

		List<Place> places() {
			return Stream.concat(left.stream(), right.stream()).toList();
		}

		/** Left minus right, every cell known. */
		BigDecimal balance(Map<Place, BigDecimal> known) {
			return sum(left, known).subtract(sum(right, known));
		}

		/** The value of the one cell not known that makes the equation hold. */
		BigDecimal solve(Place unknown, Map<Place, BigDecimal> known) {
			BigDecimal left = sum(this.left, known);
			BigDecimal right = sum(this.right, known);
			return this.left.contains(unknown) ? right.subtract(left) : left.subtract(right);
		}

		private static BigDecimal sum(List<Place> places, Map<Place, BigDecimal> known) {
			return places.stream().map(p -> known.getOrDefault(p, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
	}

	static List<Equation> of(TableTemplate template) {
		List<Equation> equations = new ArrayList<>();
		template.totalColumn().ifPresent(total -> {
			for (Block block : template.blocks()) {
				if (!block.columns().contains(total)) {
					continue;
				}
				List<Item> others = block.columns().stream().filter(c -> !c.equals(total)).toList();
				for (Item row : block.rows()) {
					equations.add(new Equation(List.of(new Place(total, row)), others.stream().map(c -> new Place(c, row)).toList()));
				}
			}
		});
		template.totalRow().ifPresent(total -> {
			for (Item column : template.columns()) {
				List<Item> rows = template.rowsOf(column);
				if (rows.contains(total)) {
					equations.add(new Equation(List.of(new Place(column, total)),
							template.totalRowTerms().stream().filter(rows::contains).map(term -> new Place(column, term)).toList()));
				}
			}
		});
		for (Balance balance : template.balances()) {
			for (Item column : template.columns()) {
				List<Place> in = places(template, column, balance.in());
				List<Place> out = places(template, column, balance.out());
				if (in.size() == balance.in().size() && out.size() == balance.out().size()) {
					equations.add(new Equation(in, out));
				}
			}
		}
		return equations;
	}

	private static List<Place> places(TableTemplate template, Item column, List<String> rows) {
		return rows.stream().flatMap(keyword -> template.rowsOf(column).stream().filter(r -> r.keyword().equals(keyword)).limit(1))
				.map(row -> new Place(column, row)).toList();
	}

	private TableEquations() {
	}
}
