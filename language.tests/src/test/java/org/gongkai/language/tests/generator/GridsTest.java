package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.generator.Grid;
import org.gongkai.language.generator.GridCell;
import org.gongkai.language.generator.Grids;
import org.gongkai.language.report.CellState;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The tables as the official formats print them (TEMPLATE.md), checked on the grids every format prints: size,
 * header spans, the row labels down the side with their spans, and a printed number in every value cell.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class GridsTest {

	private static final String FORMAT_2019 = """
			  organ "甲县人民政府"
			  year 2020
			  format 2019
			  issued 2021-01-27""";

	@Inject
	private Documents documents;

	@Test
	void applyOf2021IsTenColumnsWithThreeHeaderRowsAnd25BodyRows() {
		Grid grid = grid(Reports.report().text(), "apply");
		assertEquals(10, grid.width());
		assertEquals(3, grid.headerRows());
		assertEquals(3 + 25, grid.rows().size());
		TableShape shape = TableShape.of(grid);
		assertEquals(10, shape.width());
		assertEquals(28, shape.height());
		assertEquals("""
				（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 3×3 | 申请人情况 1×7
				自然人 2×1 | 法人或其他组织 1×5 | 总计 2×1
				商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他""", headers(grid));
		assertEquals("""
				一、本年新收政府信息公开申请数量 1×3
				二、上年结转政府信息公开申请数量 1×3
				三、本年度办理结果 22×1 | （一）予以公开 1×2
				（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1×2
				（三）不予公开 8×1 | 1.属于国家秘密
				2.其他法律行政法规禁止公开
				3.危及“三安全一稳定”
				4.保护第三方合法权益
				5.属于三类内部事务信息
				6.属于四类过程性信息
				7.属于行政执法案卷
				8.属于行政查询事项
				（四）无法提供 3×1 | 1.本机关不掌握相关政府信息
				2.没有现成信息需要另行制作
				3.补正后申请内容仍不明确
				（五）不予处理 5×1 | 1.信访举报投诉类申请
				2.重复申请
				3.要求提供公开出版物
				4.无正当理由大量反复申请
				5.要求行政机关确认或重新出具已获取信息
				（六）其他处理 3×1 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
				2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
				3.其他
				（七）总计 1×2
				四、结转下年度继续办理 1×3""", labels(grid));
	}

	@Test
	void applyOf2019PrintsOtherHandlingAsOneRow() {
		Grid grid = grid(Reports.report().header(FORMAT_2019).text(), "apply");
		assertEquals(10, grid.width());
		assertEquals(3 + 23, grid.rows().size());
		assertEquals(10, TableShape.of(grid).width());
		String labels = labels(grid);
		assertTrue(labels.contains("三、本年度办理结果 20×1 | （一）予以公开 1×2"), labels);
		assertTrue(labels.contains("\n（六）其他处理 1×2\n（七）总计 1×2\n"), labels);
	}

	@Test
	void reviewIsFifteenColumnsWithThreeHeaderRowsAndOneRowOfNumbers() {
		Grid grid = grid(Reports.report().text(), "review");
		assertEquals(15, grid.width());
		assertEquals(3, grid.headerRows());
		assertEquals(4, grid.rows().size());
		assertEquals(15, TableShape.of(grid).width());
		assertEquals("""
				行政复议 1×5 | 行政诉讼 1×10
				结果维持 2×1 | 结果纠正 2×1 | 其他结果 2×1 | 尚未审结 2×1 | 总计 2×1 | 未经复议直接起诉 1×5 | 复议后起诉 1×5
				结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计""", headers(grid));
		assertEquals(15, grid.rows().get(3).stream().filter(c -> c.kind() == GridCell.Kind.VALUE).count());
	}

	@Test
	void activeOf2021IsFourColumnsUnderItsFourCaptions() {
		Grid grid = grid(Reports.report().text(), "active");
		assertEquals(4, grid.width());
		assertEquals(4, TableShape.of(grid).width());
		assertEquals("第二十条第（一）项 第二十条第（五）项 第二十条第（六）项 第二十条第（八）项", captions(grid, 4));
		assertEquals("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数", line(grid.rows().get(1)));
		assertEquals("信息内容 | 本年处理决定数量 1×3", line(grid.rows().get(5)));
		assertEquals("行政事业性收费 | 0 1×3", line(grid.rows().get(grid.rows().size() - 1)));
	}

	@Test
	void activeOf2019HasItsFiveCaptionsAndFields() {
		Grid grid = grid(Reports.report().header(FORMAT_2019).text(), "active");
		assertEquals(4, TableShape.of(grid).width());
		assertEquals("第二十条第（一）项 第二十条第（五）项 第二十条第（六）项 第二十条第（八）项 第二十条第（九）项", captions(grid, 4));
		assertEquals("信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量", line(grid.rows().get(1)));
		assertEquals("信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量", line(grid.rows().get(5)));
		assertEquals("政府集中采购 | 0 | 0 1×2", line(grid.rows().get(grid.rows().size() - 1)));
	}

	@Test
	void everyValueIsPrintedAndTotalsLeftOutAreComputed() {
		ReportView view = documents.view(Reports.report().apply("section apply < natural: new 3, granted 2, next 1 business: new 4, partial 4 >").text());
		Grid grid = Grids.of(view.table("apply"));
		List<GridCell> values = grid.rows().stream().flatMap(List::stream).filter(c -> c.kind() == GridCell.Kind.VALUE).toList();
		assertEquals(25 * 7, values.size());
		assertTrue(values.stream().noneMatch(c -> c.text().isEmpty()), "a value cell printed blank");
		assertEquals("一、本年新收政府信息公开申请数量 1×3 | 3 | 4 | 0 | 0 | 0 | 0 | 7", line(grid.rows().get(3)));
		assertEquals("（七）总计 1×2 | 2 | 4 | 0 | 0 | 0 | 0 | 6", line(grid.rows().get(3 + 23)));
		assertEquals(CellState.COMPUTED, grid.rows().get(3).get(7).value().state());
		assertEquals(CellState.WRITTEN, grid.rows().get(3).get(1).value().state());
	}

	private Grid grid(String report, String part) {
		return Grids.of(documents.view(report).table(part));
	}

	private static String headers(Grid grid) {
		return grid.rows().subList(0, grid.headerRows()).stream().map(GridsTest::line).collect(Collectors.joining("\n"));
	}

	/** The label cells down the side, a line per body row (rows that start no label are left out). */
	private static String labels(Grid grid) {
		return grid.rows().subList(grid.headerRows(), grid.rows().size()).stream()
				.map(row -> line(row.stream().filter(c -> c.kind() == GridCell.Kind.LABEL).toList()))
				.filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
	}

	private static String captions(Grid grid, int width) {
		List<GridCell> captions = grid.rows().stream().flatMap(List::stream).filter(c -> c.kind() == GridCell.Kind.CAPTION).toList();
		assertTrue(captions.stream().allMatch(c -> c.colSpan() == width && c.rowSpan() == 1));
		return captions.stream().map(GridCell::text).collect(Collectors.joining(" "));
	}

	/** {@code text R×C | text …}: a cell's spans are shown when it spans more than one place. */
	private static String line(List<GridCell> row) {
		return row.stream().map(c -> c.text() + (c.rowSpan() > 1 || c.colSpan() > 1 ? " " + c.rowSpan() + "×" + c.colSpan() : ""))
				.collect(Collectors.joining(" | "));
	}
}
