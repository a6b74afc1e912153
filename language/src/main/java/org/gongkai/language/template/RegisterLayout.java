package org.gongkai.language.template;

import java.util.List;

/**
 * The columns of a register of applications (依申请公开登记台账, LANGUAGE.md §8) that part 三 is counted from: the date
 * received, the applicant's type (a column of part 三), the outcome (an outcome row of part 三) and the date closed;
 * and the words of a row that ends the applications (合计).
 */
public record RegisterLayout(RegisterColumn received, RegisterColumn applicant, RegisterColumn outcome, RegisterColumn closed,
		List<String> totalRows) {

	public List<RegisterColumn> columns() {
		return List.of(received, applicant, outcome, closed);
	}
}
