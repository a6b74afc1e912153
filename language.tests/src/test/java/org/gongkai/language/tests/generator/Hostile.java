package org.gongkai.language.tests.generator;

import org.gongkai.language.tests.Reports;

/** A report whose every text is hostile to HTML and Markdown, for the escaping tests of each format. */
final class Hostile {

	/** Markup, an entity, quotes, a backslash, Markdown emphasis and a link to a script, all in one text. */
	static final String TEXT = "<script>alert(1)</script></p><h1>标题</h1>&amp; \"双\" '单' \\ *强调* _下划_ `代码` [链接](javascript:alert(1)) | ~删~";

	/** Paragraphs that start as Markdown blocks would. */
	static final String[] BLOCK_STARTS = { "# 井号", "> 引用", "- 列表", "+ 加号", "* 星号", "1. 有序", "2) 有序", "=== 下划线",
			"<div>块</div>", "    四个空格" };

	static String literal(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** Every field of the report hostile; the website a javascript: address. */
	static String report() {
		String t = literal(TEXT);
		return Reports.report().header("  organ " + t + "\n  year 2023\n  issued 2024-01-27\n  website \"javascript:alert(1)\"\n  contact " + t)
				.overview("section overview { active " + t + " apply " + t + " management " + t + " platform " + t + " oversight " + t + " }")
				.active("section active < rules: made 1 " + t + " >")
				.apply("section apply < natural: new 3 " + t + ", granted 3 >")
				.review("section review < reconsideration: upheld 1 " + t + " >")
				.problems("section problems " + literal(String.join("\n\n", BLOCK_STARTS)))
				.other("section other " + t)
				.text();
	}

	private Hostile() {
	}
}
