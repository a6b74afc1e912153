package org.gongkai.language.template;

import java.util.List;

/**
 * A balance the template declares between rows of a table, in every column: the cells of {@code in} add up to the
 * cells of {@code out} (本年新收 + 上年结转 = 办理结果总计 + 结转下年度).
 */
public record Balance(List<String> in, List<String> out) {

	public Balance {
		in = List.copyOf(in);
		out = List.copyOf(out);
	}
}
