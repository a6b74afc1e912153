package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Completion: only the keywords the template allows here, the official label as detail, in the writer's language. */
class CompletionLspTest extends LspTest {

	private void complete(String review, String after, String expected) {
		String text = report().review(review).text();
		String line = text.split("\n")[7];
		testCompletion(config -> {
			config.setModel(text);
			config.setLine(7);
			config.setColumn(line.indexOf(after) + after.length());
			config.setAssertCompletionList(list -> assertEquals(expected, list.getItems().stream()
					.map(i -> i.getLabel() + " " + i.getDetail()).collect(Collectors.joining("\n"))));
		});
	}

	// after a comma: the column's fields, or (a trailing comma is allowed) the next column of the part
	@Test
	void fieldsOfTheColumnWithTheirLabels() {
		complete("section review < reconsideration: upheld 1,  >", "upheld 1, ", """
				corrected 结果纠正
				direct-suit 未经复议直接起诉
				other 其他结果
				pending 尚未审结
				reconsideration 行政复议
				suit-after-review 复议后起诉
				total 总计
				upheld 结果维持
				> null""");
	}

	@Test
	void columnsOfThePart() {
		complete("section review < reconsideration: upheld 1;  >", "upheld 1; ", """
				direct-suit 未经复议直接起诉
				reconsideration 行政复议
				suit-after-review 复议后起诉
				> null""");
	}

	private void completeHeader(String header, String expected) {
		String text = report().header(header).text();
		testCompletion(config -> {
			config.setModel(text);
			config.setLine(3);
			config.setColumn(2);
			config.setAssertCompletionList(list -> assertEquals(expected, list.getItems().stream()
					.map(i -> i.getLabel() + " " + i.getDetail()).collect(Collectors.joining("\n"))));
		});
	}

	// at the start of a header line: the header keys, previous and section, each with its Chinese name
	@Test
	void headerKeysWithTheirNames() {
		completeHeader("  organ \"甲县人民政府\"\n  year 2023\n  ", """
				contact 联系方式
				deadline 公布期限
				format 格式
				issued 成文日期
				level 级别
				organ 机关
				preamble 前言
				previous 上年报告
				scope 范围
				section 部分
				website 网站
				year 年度
				} null""");
	}

	@Test
	void headerKeysInChineseAfterChinese() {
		completeHeader("  机关 \"甲县人民政府\"\n  年度 2023\n  ", """
				上年报告 上年报告
				公布期限 公布期限
				前言 前言
				年度 年度
				成文日期 成文日期
				机关 机关
				格式 格式
				级别 级别
				网站 网站
				联系方式 联系方式
				范围 范围
				部分 部分
				} null""");
	}

	@Test
	void chineseAfterChinese() {
		complete("部分 复议诉讼 < 行政复议：结果维持 1，  >", "结果维持 1，", """
				其他结果 其他结果
				复议后起诉 复议后起诉
				尚未审结 尚未审结
				总计 总计
				直接起诉 未经复议直接起诉
				结果纠正 结果纠正
				结果维持 结果维持
				行政复议 行政复议
				> null""");
	}
}
