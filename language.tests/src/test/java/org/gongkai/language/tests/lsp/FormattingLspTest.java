package org.gongkai.language.tests.lsp;

import org.junit.jupiter.api.Test;

/** textDocument/formatting runs the core formatter (GongkaiFormatter). */
class FormattingLspTest extends LspTest {

	@Test
	void formatsAReport() {
		testFormatting(config -> {
			config.setModel("report \"甲县2023\" {\norgan \"甲县人民政府\"   year 2023\n section review < reconsideration: upheld 1,total 1 >\n}\n");
			config.setExpectedText("""
					report "甲县2023" {
					\torgan "甲县人民政府"
					\tyear  2023
					\tsection review <
					\t\treconsideration: upheld 1, total 1
					\t>
					}
					""");
		});
	}
}
