package org.gongkai.language.tests.validation;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** cell.unknown, cell.duplicate, cell.negative, cell.format, cell.type. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class CellRulesTest {

	@Inject
	private Validation validation;

	private String active(String table) {
		return validation.validate(report().active("section active < " + table + " >").text()).rendered();
	}

	@Test
	void fieldOfAnotherRow() {
		assertEquals("ERROR cell.unknown 6:31 「made」不属于「licensing」，这一栏可写：decisions（本年处理决定数量）", active("licensing: made 3"));
	}

	@Test
	void rowOfAnotherTable() {
		assertEquals("ERROR cell.unknown 6:20 「natural」不是二、主动公开政府信息情况表中的一栏", active("natural: new 3"));
	}

	@Test
	void cellsInTheirPlace() {
		assertEquals("", active("licensing: decisions 3  normative: made 1, repealed 0, valid 5  fees: amount 1.5"));
	}

	@Test
	void sameCellTwice() {
		assertEquals("ERROR cell.duplicate 6:44 「licensing」的「decisions」写了两次", active("licensing: decisions 3, decisions 4"));
	}

	@Test
	void negativeCount() {
		assertEquals("ERROR cell.negative 6:41 「本年处理决定数量」不能为负数：-3", active("licensing: decisions -3"));
	}

	@Test
	void negativeChangeIn2019() {
		assertEquals("", validation.validate(report().header("  organ \"甲县人民政府\"\n  year 2020\n  format 2019\n  issued 2021-01-27")
				.overview("section overview \"总体情况。\"").active("section active < licensing: previous 236, change -18 >").text()).rendered());
	}

	@Test
	void rowOfAnotherFormat() {
		assertEquals("ERROR cell.format 6:20 格式 2021 的报告没有「procurement」这一栏", active("procurement: projects 1"));
	}

	@Test
	void fieldOfAnotherFormat() {
		assertEquals("ERROR cell.format 6:27 格式 2021 的报告中「rules」没有「produced」", active("rules: produced 1"));
	}

	@Test
	void decimalCount() {
		assertEquals("ERROR cell.type 6:41 「本年处理决定数量」是件数，应为整数：2.5", active("licensing: decisions 2.5"));
	}

	@Test
	void amountWithAFractionOfAFen() {
		assertEquals("ERROR cell.type 6:33 「本年收费金额（单位：万元）」以元为单位时最多两位小数（到分）：12.345元", active("fees: amount 12.345元"));
	}

	@Test
	void amountInYuanToTheFen() {
		assertEquals("", active("fees: amount 73802895.90元"));
	}
}
