package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.gongkai.language.tests.Reports;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes: the code action offered for a diagnostic, the text once its edit is applied, and what the editor
 * shows then — the diagnostic gone.
 */
class QuickFixLspTest extends LspTest {

	private static final String LAST_YEAR = report().name("甲县2022")
			.header("  organ \"甲县人民政府\"\n  year 2022\n  issued 2023-01-27")
			.apply("section apply < natural: new 5, granted 2, next 3 >").text();

	/**
	 * Opens the report (with last year's report, when given), applies the one quick fix offered for its diagnostic
	 * with {@code code} and returns the fix's label, the fixed text and the diagnostics the editor shows for it.
	 */
	private String fix(String text, String code, String... others) {
		for (int i = 0; i < others.length; i++) {
			openFile("other" + i + ".gongkai", others[i]);
		}
		String uri = openFile("report.gongkai", text);
		List<Diagnostic> marked = getDiagnostics().get(uri).stream().filter(d -> code.equals(d.getCode().getLeft())).toList();
		Assertions.assertEquals(1, marked.size(), () -> diagnostics(uri));
		return fixed(uri, text, marked.get(0), 1, 0);
	}

	/** The {@code index}th of the {@code count} fixes offered on the first diagnostic of {@code code}, applied. */
	private String fix(String text, String code, int count, int index) {
		String uri = openFile("report.gongkai", text);
		Diagnostic first = getDiagnostics().get(uri).stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst().orElseThrow(
				() -> new AssertionError(diagnostics(uri)));
		return fixed(uri, text, first, count, index);
	}

	private String fixed(String uri, String text, Diagnostic marked, int count, int index) {
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
				marked.getRange(), new CodeActionContext(List.of(marked)))).join();
		Assertions.assertEquals(count, actions.size(), () -> "fixes for " + marked + " in\n" + text + ": " + actions);
		CodeAction action = actions.get(index).getRight();
		assertEquals("quickfix", action.getKind());
		Assertions.assertEquals(List.of(marked), action.getDiagnostics());
		String fixed = apply(text, action.getEdit().getChanges().get(uri));
		change(uri, fixed);
		return action.getTitle() + "\n" + fixed + "---\n" + diagnostics(uri);
	}

	/** The edits of one action all refer to the text before it: applied from the last to the first. */
	private static String apply(String text, List<TextEdit> edits) {
		Document document = new Document(1, text);
		for (TextEdit edit : edits.stream().sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
				.thenComparing(e -> e.getRange().getStart().getCharacter()).reversed()).toList()) {
			document = document.applyChanges(List.of(edit));
		}
		return document.getContents();
	}

	private static String lines(String... lines) {
		return java.util.Arrays.stream(lines).map(l -> l + "\n").collect(Collectors.joining());
	}

	@Test
	void reviewTotalBecomesTheSum() {
		assertEquals("改为 2（各项之和）\n" + report().review("section review < reconsideration: upheld 2, total 2 >").text() + "---\n",
				fix(report().review("section review < reconsideration: upheld 2, total 1 >").text(), "review.total"));
	}

	@Test
	void applyTotalRowBecomesTheSum() {
		assertEquals("改为 2（各项之和）\n" + report().apply("section apply < natural: new 2, granted 1, partial 1, total 2 >").text() + "---\n",
				fix(report().apply("section apply < natural: new 2, granted 1, partial 1, total 3 >").text(), "apply.total-row"));
	}

	@Test
	void applyTotalColumnBecomesTheSumOfTheApplicants() {
		assertEquals("改为 1（各类申请人之和）\n" + report().apply("section apply < natural: new 1, granted 1 total: new 1 >").text() + "---\n",
				fix(report().apply("section apply < natural: new 1, granted 1 total: new 4 >").text(), "apply.total-column"));
	}

	@Test
	void numberInATextBecomesTheReferenceToItsCell() {
		String apply = "section apply < natural: new 19, granted 19 >";
		assertEquals("改为 ${apply.total.new}（与表格一致，19）\n"
				+ report().apply(apply).problems("section problems \"共收到申请${apply.total.new}件。\"").text() + "---\n",
				fix(report().apply(apply).problems("section problems \"共收到申请20件。\"").text(), "text.number"));
	}

	@Test
	void missingTableIsInsertedInItsOfficialPlace() {
		assertEquals("插入「四、政府信息公开行政复议、行政诉讼情况」\n" + report().text() + "---\n",
				fix(report().review("").text(), "section.missing"));
	}

	@Test
	void missingPartIsWrittenInChineseAfterChinese() {
		Reports chinese = report().header("  机关 \"甲县人民政府\"\n  年度 2023\n  成文日期 2024-01-27")
				.overview("部分 总体情况 { 主动公开 \"主动\" 依申请公开 \"依申请\" 政府信息管理 \"管理\" 平台建设 \"平台\" 监督保障 \"监督\" }")
				.active("部分 主动公开 < >").apply("部分 依申请公开 < >").review("部分 复议诉讼 < >").other("部分 其他事项 \"本年度未收取信息处理费。政府信息公开工作已纳入绩效考核。\"");
		assertEquals("插入「五、存在的主要问题及改进情况」\n" + chinese.problems("部分 问题及改进 \"〔待填写〕\"").text() + "---\n"
				+ "Warning text.placeholder 8:11-8:18 这里还是占位文字〔待填写〕，请写上实际内容",
				fix(chinese.problems("").text(), "section.missing"));
	}

	@Test
	void missingOverviewGetsItsTopicsLaidOutAsTheFormatterDoes() {
		String text = report().overview("").text();
		assertEquals("插入「一、总体情况」\n" + text.replace("issued 2024-01-27\n", lines("issued 2024-01-27",
				"  section overview {",
				"    active     \"〔待填写〕\"",
				"    apply      \"〔待填写〕\"",
				"    management \"〔待填写〕\"",
				"    platform   \"〔待填写〕\"",
				"    oversight  \"〔待填写〕\"",
				"  }")) + "---\n"
				+ "Warning text.placeholder 5:15-5:22 这里还是占位文字〔待填写〕，请写上实际内容\n"
				+ "Warning text.placeholder 6:15-6:22 这里还是占位文字〔待填写〕，请写上实际内容\n"
				+ "Warning text.placeholder 7:15-7:22 这里还是占位文字〔待填写〕，请写上实际内容\n"
				+ "Warning text.placeholder 8:15-8:22 这里还是占位文字〔待填写〕，请写上实际内容\n"
				+ "Warning text.placeholder 9:15-9:22 这里还是占位文字〔待填写〕，请写上实际内容",
				fix(text, "section.missing"));
	}

	@Test
	void missingTopicIsInsertedAndTheTopicsRealigned() {
		String overview = "section overview {\n    active    \"主动\"\n    apply     \"依申请\"\n    platform  \"平台\"\n    oversight \"监督\"\n  }";
		assertEquals("插入「（三）政府信息管理」\n" + report().overview("section overview {\n"
				+ "    active     \"主动\"\n"
				+ "    apply      \"依申请\"\n"
				+ "    management \"〔待填写〕\"\n"
				+ "    platform   \"平台\"\n"
				+ "    oversight  \"监督\"\n"
				+ "  }").text() + "---\n"
				+ "Warning text.placeholder 7:15-7:22 这里还是占位文字〔待填写〕，请写上实际内容",
				fix(report().overview(overview).text(), "overview.topic"));
	}

	@Test
	void thePreambleCitesTheReportsOwnFormat() {
		String header = Reports.HEADER + "\n  preamble \"根据国办公开办函〔2019〕60号编制。\"";
		assertEquals("改为引用 国办公开办函〔2021〕30号\n" + report().header(header.replace("〔2019〕60号", "〔2021〕30号")).text() + "---\n",
				fix(report().header(header).text(), "preamble.format"));
	}

	@Test
	void aBlankCellBecomesZero() {
		assertEquals("改为 0\n" + report().active("section active < licensing: decisions 0 >").text() + "---\n",
				fix(report().active("section active < licensing: decisions - >").text(), "cell.blank"));
	}

	@Test
	void everyBlankCellOfTheTableBecomesZero() {
		String blanks = "section active < licensing: decisions -  punishment: decisions -  coercion: decisions 2 >";
		assertEquals("本表所有空白格改为 0（2 处）\n" + report().active(blanks.replace("-", "0")).text() + "---\n",
				fix(report().active(blanks).text(), "cell.blank", 2, 1));
	}

	@Test
	void format2019MovesToFormat2021WhenTheDataAllows() {
		// a city's government, which makes 规章
		String header = "  organ \"甲市人民政府\"\n  year 2021\n  format 2019\n  issued 2022-01-27";
		String active2019 = "section active <\n"
				+ "    rules:          produced 1, published 0, public-total 5\n"
				+ "    licensing:      previous 10, change -2, decisions 8\n"
				+ "    other-services: previous 0, change 0, decisions 0\n"
				+ "  >";
		String active2021 = "section active <\n"
				+ "    rules:          made 1, valid 5\n"
				+ "    licensing:      decisions 8\n"
				+ "  >";
		assertEquals("改用格式 2021（国办公开办函〔2021〕30号）\n"
				+ report().name("甲县2021").header(header.replace("2019", "2021")).active(active2021).text() + "---\n",
				fix(report().name("甲县2021").header(header).active(active2019).text(), "format.year"));
	}

	@Test
	void format2019StaysWhenADocumentCountHasNoPlaceIn2021() {
		String uri = openFile("report.gongkai", report().name("甲县2021").header("  organ \"甲县人民政府\"\n  year 2021\n  format 2019\n  issued 2022-01-27")
				.active("section active < rules: produced 1, published 1, public-total 5 >").text());
		List<Diagnostic> marked = getDiagnostics().get(uri).stream().filter(d -> "format.year".equals(d.getCode().getLeft())).toList();
		Assertions.assertEquals(1, marked.size(), () -> diagnostics(uri));
		Assertions.assertEquals(List.of(), languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
				marked.get(0).getRange(), new CodeActionContext(marked))).join());
	}

	@Test
	void carriedBecomesLastYearsNext() {
		assertEquals("上年结转改为 3，与上年报告的结转下年度一致\n"
				+ report().apply("section apply < natural: new 4, carried 3, granted 5, next 2 >").text() + "---\n",
				fix(report().apply("section apply < natural: new 4, carried 1, granted 5, next 2 >").text(), "previous.carried", LAST_YEAR));
	}

	@Test
	void carriedIsWrittenIntoTheColumnAfterNew() {
		assertEquals("上年结转改为 3，与上年报告的结转下年度一致\n"
				+ report().apply("部分 依申请公开 < 自然人：本年新收 2，上年结转 3，予以公开 5 >").text() + "---\n",
				fix(report().apply("部分 依申请公开 < 自然人：本年新收 2，予以公开 5 >").text(), "previous.carried", LAST_YEAR));
	}

	@Test
	void carriedIsWrittenAsANewColumnInTheTemplatesOrder() {
		assertEquals("上年结转改为 3，与上年报告的结转下年度一致\n"
				+ report().apply("section apply <\n    natural: carried 3\n    legal:   new 1, granted 1\n  >").text() + "---\n"
				+ "Error apply.balance 7:4-7:11 勾稽关系不成立（自然人）：本年新收 0 + 上年结转 3 = 3，但办理结果总计 0 + 结转下年度 0 = 0",
				fix(report().apply("section apply < legal: new 1, granted 1 >").text(), "previous.carried", LAST_YEAR));
	}
}
