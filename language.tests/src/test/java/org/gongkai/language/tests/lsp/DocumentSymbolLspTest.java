package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.junit.jupiter.api.Test;

/** The outline (for a client with hierarchical symbols, as VS Code): the report, its six parts by official heading, the topics and table columns by official label. */
class DocumentSymbolLspTest extends LspTest {

	@Test
	void outlineShowsPartsTopicsAndColumns() {
		testDocumentSymbol(config -> {
			config.setInitializer(params -> {
				DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
				symbols.setHierarchicalDocumentSymbolSupport(true);
				TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
				text.setDocumentSymbol(symbols);
				params.getCapabilities().setTextDocument(text);
			});
			config.setModel(report().review("section review < reconsideration: upheld 1, total 1 >").text());
			config.setAssertSymbols(symbols -> {
				StringBuilder out = new StringBuilder();
				symbols.forEach(s -> render(s.getRight(), "", out));
				assertEquals("""
						甲县2023 File 0:7-0:15
						  一、总体情况 Module 4:2-4:91
						    （一）主动公开 String 4:21-4:32
						    （二）依申请公开 String 4:33-4:44
						    （三）政府信息管理 String 4:45-4:60
						    （四）政府信息公开平台建设 String 4:61-4:74
						    （五）监督保障 String 4:75-4:89
						  二、主动公开政府信息情况 Module 5:2-5:20
						  三、收到和处理政府信息公开申请情况 Module 6:2-6:19
						  四、政府信息公开行政复议、行政诉讼情况 Module 7:2-7:55
						    行政复议 Field 7:19-7:53
						  五、存在的主要问题及改进情况 Module 8:2-8:23
						  六、其他需要报告的事项 Module 9:2-9:46
						""", out.toString());
			});
		});
	}

	private static void render(DocumentSymbol symbol, String indent, StringBuilder out) {
		out.append(indent).append(symbol.getName()).append(" ").append(symbol.getKind()).append(" ")
				.append(render(symbol.getSelectionRange())).append('\n');
		List<DocumentSymbol> children = symbol.getChildren() == null ? List.of() : symbol.getChildren();
		children.forEach(c -> render(c, indent + "  ", out));
	}
}
