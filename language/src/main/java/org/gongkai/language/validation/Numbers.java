package org.gongkai.language.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.language.report.TableView;
import org.gongkai.language.template.Item;

/** How numbers appear in messages: "本年新收 20 + 上年结转 0 = 20". */
final class Numbers {

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	static BigDecimal sum(TableView table, Item column, List<Item> rows) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Item row : rows) {
			sum = sum.add(table.value(column, row));
		}
		return sum;
	}

	static BigDecimal sumOfColumns(TableView table, List<Item> columns, Item row) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Item column : columns) {
			sum = sum.add(table.value(column, row));
		}
		return sum;
	}

	/** 结果维持 0 + 结果纠正 1 + … = 1 (labels of the rows, in one column). */
	static String termsDown(TableView table, Item column, List<Item> rows) {
		return rows.stream().map(r -> r.label() + " " + plain(table.value(column, r))).collect(Collectors.joining(" + "))
				+ " = " + plain(sum(table, column, rows));
	}

	/** 自然人 18 + 商业企业 0 + … = 18 (labels of the columns, in one row). */
	static String termsAcross(TableView table, List<Item> columns, Item row) {
		return columns.stream().map(c -> c.label() + " " + plain(table.value(c, row))).collect(Collectors.joining(" + "))
				+ " = " + plain(sumOfColumns(table, columns, row));
	}

	private Numbers() {
	}
}
