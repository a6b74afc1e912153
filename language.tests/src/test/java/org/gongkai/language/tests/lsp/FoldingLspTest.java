package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Folding: each part that spans lines, each topic and header text that does, block comments; not a table's columns. */
class FoldingLspTest extends LspTest {

	@Test
	void partsTopicsLongTextsAndCommentsFold() {
		String text = report().header("  organ \"甲县人民政府\"\n  year 2023\n  issued 2024-01-27\n  preamble \"第一段\n\n    第二段\"")
				.overview("section overview {\n    active \"主动\"\n    apply \"依申请\n      续\"\n    management \"管理\" platform \"平台\" oversight \"监督\"\n  }")
				.apply("/* 依申请公开\n     的数据 */\n  section apply <\n    natural: new 1,\n      granted 1\n  >").text();
		String uri = openFile("report.gongkai", text);
		assertEquals("""
				4-6 preamble "第一段
				7-12 section overview {
				9-10 apply "依申请
				14-15 comment /* 依申请公开
				16-19 section apply <""", languageServer.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).join()
				.stream().map(r -> r.getStartLine() + "-" + r.getEndLine() + " " + (r.getKind() == null ? "" : r.getKind() + " ")
						+ text.lines().skip(r.getStartLine()).findFirst().orElseThrow().strip())
				.collect(Collectors.joining("\n")));
	}
}
