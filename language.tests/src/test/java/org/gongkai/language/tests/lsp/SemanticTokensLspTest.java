package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Semantic tokens: the words of the structure as keywords in either spelling, the tables' columns and rows as
 * properties, numbers and dates as numbers, the references that name a cell as variables (not the ones that do not).
 */
class SemanticTokensLspTest extends LspTest {

	@Test
	void tokensSayWhatTheParserMadeOfEachWord() {
		String text = """
				报告 "甲县2023" {
				  organ "甲县人民政府"
				  年度 2023
				  部分 依申请公开 < 自然人：本年新收 2，予以公开 2 >
				  section problems "共收到${apply.new}件，${apply.nothing}不是数字。"
				}
				""";
		String uri = openFile("report.gongkai", text);
		List<String> types = capabilities.getSemanticTokensProvider().getLegend().getTokenTypes();
		List<Integer> data = languageServer.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).join().getData();
		List<String> tokens = new ArrayList<>();
		List<String> lines = text.lines().toList();
		int line = 0;
		int column = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			tokens.add(line + ":" + column + " " + lines.get(line).substring(column, column + data.get(i + 2)) + " " + types.get(data.get(i + 3)));
		}
		assertEquals("""
				0:0 报告 keyword
				1:2 organ keyword
				2:2 年度 keyword
				2:5 2023 number
				3:2 部分 keyword
				3:5 依申请公开 keyword
				3:13 自然人 property
				3:17 本年新收 property
				3:22 2 number
				3:24 予以公开 property
				3:29 2 number
				4:2 section keyword
				4:10 problems keyword
				4:23 ${apply.new} variable""", String.join("\n", tokens));
	}
}
