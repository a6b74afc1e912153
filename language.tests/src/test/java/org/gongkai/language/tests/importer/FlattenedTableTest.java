package org.gongkai.language.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.gongkai.importer.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose tables a crawler flattened into one line with no separator between cells: the whole table's
 * arithmetic splits the runs of digits where exactly one reading adds up, marks the cells so read, and leaves out
 * (naming the readings left) every cell several readings give differently, or a row the page prints not adding up.
 */
class FlattenedTableTest {

	private static final String ZEROS = "0000000";

	@TempDir
	Path dir;

	/** A 2021-format report as a crawler prints it, with {@code newRow} and {@code totalRow} as the runs of those rows. */
	private static String report(String normative, String newRow, String granted, String notHeld, String totalRow, String review) {
		StringBuilder apply = new StringBuilder("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
				+ "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他");
		apply.append("一、本年新收政府信息公开申请数量").append(newRow).append("二、上年结转政府信息公开申请数量").append(ZEROS)
				.append("三、本年度办理结果（一）予以公开").append(granted).append("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").append(ZEROS)
				.append("（三）不予公开");
		String[] withheld = { "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息",
				"属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项" };
		for (int i = 0; i < withheld.length; i++) {
			apply.append(i + 1).append('.').append(withheld[i]).append(ZEROS);
		}
		apply.append("（四）无法提供1.本机关不掌握相关政府信息").append(notHeld).append("2.没有现成信息需要另行制作").append(ZEROS)
				.append("3.补正后申请内容仍不明确").append(ZEROS).append("（五）不予处理");
		String[] refused = { "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息" };
		for (int i = 0; i < refused.length; i++) {
			apply.append(i + 1).append('.').append(refused[i]).append(ZEROS);
		}
		apply.append("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请").append(ZEROS)
				.append("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请").append(ZEROS).append("3.其他").append(ZEROS)
				.append("（七）总计").append(totalRow).append("四、结转下年度继续办理").append(ZEROS);
		return "\n甲省乙厅2022年度政府信息公开工作报告　　根据《中华人民共和国政府信息公开条例》等规定，发布本年度报告。　　一、总体情况　　2022年，本厅全年共收到申请。"
				+ "　　二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件" + normative
				+ "第二十条第（五）项信息内容本年处理决定数量行政许可194第二十条第（六）项信息内容本年处理决定数量行政处罚46行政强制0"
				+ "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费650.6　　" + apply
				+ "　　四、因政府信息公开工作被申请行政复议、提起行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
				+ "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计" + review
				+ "　　五、存在的主要问题及改进情况　　问题。　　六、其他需要报告的事项　　无。\n";
	}

	private Importer.Imported imported(String text) throws IOException {
		return Importer.importFile(Files.writeString(dir.resolve("乙厅2022.txt"), text), false);
	}

	@Test
	void theOneSplitThatAddsUpIsTakenAndMarked() throws IOException {
		Importer.Imported imported = imported(report("5426", "121010014", "3101005", "9000009", "121010014", "100010000010001"));
		String source = imported.source();
		assertTrue(source.contains("    natural:   new 12, carried 0, granted 3,"), source);
		assertTrue(source.contains("    business:  new 1, carried 0, granted 1,"), source);
		assertTrue(source.contains("    total:     new 14, carried 0, granted 5,"), source);
		assertTrue(source.contains("// 导入：按勾稽关系拆分 \"121010014\"（「一、本年新收政府信息公开申请数量」）为 12 | 1 | 0 | 1 | 0 | 0 | 14\n"), source);
		assertTrue(source.contains("    reconsideration:   upheld 1, corrected 0, other 0, pending 0, total 1\n"), source);
		assertTrue(source.contains("    licensing:  decisions 194\n"), source);
		assertTrue(source.contains("    fees:       amount 650.6\n"), source);
		assertEquals(Set.of("active.normative.made", "active.normative.repealed", "active.normative.valid"), imported.unread().keySet());
		assertTrue(imported.warnings().contains("导入：「行政规范性文件」印作 \"5426\"，可拆作 5 | 4 | 26、5 | 42 | 6、54 | 2 | 6，"
				+ "未导入其中不定的 3 格（本年制发件数、本年废止件数、现行有效件数）"), imported.warnings()::toString);
		assertEquals("甲省乙厅", imported.organ());
		assertEquals(2022, imported.year());
	}

	@Test
	void cellsSeveralReadingsGiveDifferentlyAreLeftOut() throws IOException {
		// 110000011 is 11 | 0 | … | 11 or 1 | 10 | … | 11 for both rows; nothing else ties natural to business
		Importer.Imported imported = imported(report("000", "110000011", "110000011", ZEROS, "110000011", "000000000000000"));
		String source = imported.source();
		assertFalse(line(source, "natural").contains("new") || line(source, "business").contains("new"), source);
		assertTrue(line(source, "total").startsWith("    total:     new 11, carried 0, granted 11,"), source);
		assertTrue(imported.unread().containsKey("apply.natural.new"), imported.unread()::toString);
		assertTrue(imported.unread().containsKey("apply.business.granted"), imported.unread()::toString);
		assertTrue(imported.warnings().stream().anyMatch(w -> w.contains("可拆作 1 | 10 | 0 | 0 | 0 | 0 | 11、11 | 0 | 0 | 0 | 0 | 0 | 11")),
				imported.warnings()::toString);
	}

	@Test
	void aTotalRowNoSplitAddsUpIsReadWhereItsDigitsAgreeAndSaidSo() throws IOException {
		Importer.Imported imported = imported(report("000", "110000011", "100000010", "1000001", "20000011", "000000000000000"));
		String source = imported.source();
		assertTrue(imported.warnings().contains("导入：「（七）总计」印作 \"20000011\"，没有一种拆法合乎勾稽关系（公布的表格不合计），"
				+ "可拆作 2 | 0 | 0 | 0 | 0 | 0 | 11、20 | 0 | 0 | 0 | 0 | 1 | 1，未导入其中不定的 3 格（自然人、其他、总计）"), imported.warnings()::toString);
		assertEquals(Set.of("apply.natural.total", "apply.total.total", "apply.other-org.total"), imported.unread().keySet());
		// the four columns both readings print 0 are read as printed
		assertTrue(line(source, "business").contains("total 0"), source);
		assertTrue(line(source, "legal").contains("total 0"), source);
		// 本年新收 is settled by the balance with the outcome rows' sum, not by the misprinted total row
		assertTrue(source.contains("    natural:   new 11, carried 0, granted 10,"), source);
		assertFalse(line(source, "natural").contains("total") || line(source, "total").contains(" total "), source);
	}

	/** A group's rows printed under its label without their own labels: only zeros, as many as their cells, are all 0. */
	@Test
	void aGroupsRowsWithoutLabelsReadAsZerosWhenOnlyZerosArePrinted() throws IOException {
		String full = report("000", "110000011", "110000011", ZEROS, "110000011", "000000000000000");
		String withheld = full.substring(full.indexOf("（三）不予公开"), full.indexOf("（四）无法提供"));
		Importer.Imported imported = imported(full.replace(withheld, "（三）不予公开" + "0".repeat(56)));
		assertTrue(line(imported.source(), "natural").contains("secret 0, forbidden 0, security 0, third-party 0, internal 0,"),
				imported.source());
		assertFalse(imported.unread().containsKey("apply.natural.secret"), imported.unread()::toString);
		assertTrue(imported.warnings().contains("导入：「（三）不予公开」之下未印各行的标签，其后印作 56 个 0，各格读作 0"),
				imported.warnings()::toString);

		// one digit that is not 0: how it splits is not known, the rows are left out
		imported = imported(full.replace(withheld, "（三）不予公开" + "0".repeat(55) + "1"));
		assertTrue(imported.unread().containsKey("apply.natural.secret"), imported.unread()::toString);
		assertFalse(line(imported.source(), "natural").contains("secret"), imported.source());
	}

	/** Digits that split several ways are settled by the counts the report's own text states, and the comment says so. */
	@Test
	void theTextsCountsChooseAmongSplits() throws IOException {
		String full = report("5426", "110000011", "110000011", ZEROS, "110000011", "000000000000000");
		Importer.Imported imported = imported(full.replace("本厅全年共收到申请。", "本厅全年制发行政规范性文件5件，废止4件。"));
		assertTrue(imported.source().contains("    normative:  made 5, repealed 4, valid 26\n"), imported.source());
		assertTrue(imported.warnings().contains("导入：按勾稽关系与正文所述「制发行政规范性文件5件」「废止4件」拆分 \"5426\"（「行政规范性文件」）为 5 | 4 | 26"),
				imported.warnings()::toString);

		// a text that no split agrees with chooses nothing
		imported = imported(full.replace("本厅全年共收到申请。", "本厅全年制发行政规范性文件7件。"));
		assertTrue(imported.unread().containsKey("active.normative.made"), imported.unread()::toString);
	}

	/** （六）其他处理 printed as one row, as the older table does: its digits are 3.其他's, its other rows not printed. */
	@Test
	void aGroupPrintedAsOneRowIsItsLastRow() throws IOException {
		String full = report("000", "110000011", "110000011", ZEROS, "110000011", "000000000000000");
		String sixth = full.substring(full.indexOf("（六）其他处理"), full.indexOf("（七）总计"));
		Importer.Imported imported = imported(full.replace(sixth, "（六）其他处理" + ZEROS));
		assertTrue(line(imported.source(), "total").contains("confirmation 0, other-handling 0, total 11"), imported.source());
		assertFalse(imported.unread().containsKey("apply.natural.no-supplement"), imported.unread()::toString);
		assertFalse(imported.warnings().stream().anyMatch(w -> w.contains("申请人无正当理由")), imported.warnings()::toString);

		// digits enough for the group's three rows: its rows' labels were lost, not printed as one row; they are left out
		imported = imported(full.replace(sixth, "（六）其他处理" + ZEROS + "1000001" + ZEROS));
		assertTrue(imported.unread().containsKey("apply.natural.no-supplement"), imported.unread()::toString);
	}

	/** A row with no digits before the next row is printed empty, unless words of no label stand where its digits went. */
	@Test
	void noDigitsBesideWordsOfNoLabelAreLeftOutNotPrintedEmpty() throws IOException {
		String full = report("000", "110000011", "110000011", ZEROS, "110000011", "000000000000000");
		Importer.Imported imported = imported(full.replace("4.保护第三方合法权益" + ZEROS, "4.保护第三方合法权益予公开"));
		assertTrue(imported.unread().containsKey("apply.natural.third-party"), imported.unread()::toString);
		assertFalse(line(imported.source(), "natural").contains("third-party"), imported.source());
		assertTrue(imported.warnings().contains("导入：「4.保护第三方合法权益」之后未见其数，只见「予公开5.」，未导入"), imported.warnings()::toString);
	}

	/** A unit a page sets apart from its number stays with it: left behind, 元 would read as 万元. */
	@Test
	void aUnitSetApartFromItsNumberStaysWithIt() throws IOException {
		String full = report("000", "110000011", "110000011", ZEROS, "110000011", "000000000000000");
		Importer.Imported imported = imported(full.replace("行政事业性收费650.6", "行政事业性收费6506000 元"));
		assertTrue(imported.source().contains("    fees:       amount 6506000元\n"), imported.source());
	}

	/** The line of a column of part 三 in an imported source. */
	private static String line(String source, String column) {
		int apply = source.indexOf("section apply");
		return source.substring(apply).lines().filter(l -> l.startsWith("    " + column + ":")).findFirst().orElse("");
	}
}
