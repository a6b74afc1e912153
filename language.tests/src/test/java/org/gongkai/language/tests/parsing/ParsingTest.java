package org.gongkai.language.tests.parsing;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage.Literals;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Topic;
import org.gongkai.language.report.CellState;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.report.TextView;
import org.gongkai.language.report.Written;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * What a writer may type parses to what they meant: English keywords, Chinese aliases and full official labels give
 * the same report; so do the layouts a clerk produces (one line, one cell per line, trailing commas, full-width
 * punctuation, no spaces, comments). Each report checked here also validates without a diagnostic.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class ParsingTest {

	/** Header and part 一. */
	private static final String HEAD = """
			report "甲县2023" {
			  organ   "甲县人民政府"
			  year    2023
			  format  2021
			  level   government
			  issued  2024-01-27
			  website "http://www.jia.gov.cn/"
			  contact "甲县人民政府办公室（电话：0000-1234567）"
			  section overview {
			    active "主动" apply "依申请" management "管理" platform "平台" oversight "监督"
			  }
			""";

	/** The tables, in English keywords. */
	private static final String TABLES = """
			  section active <
			    rules:     made 1, repealed 0, valid 5
			    licensing: decisions 7
			    fees:      amount 1.5
			  >
			  section apply <
			    natural:  new 3, granted 2, next 1
			    business: new 1, carried 1, partial 1, secret 1
			    total:    new 4, carried 1, granted 2, partial 1, secret 1, total 4, next 1
			  >
			  section review <
			    reconsideration: upheld 1, pending 1, total 2
			  >
			""";

	/** Parts 五 and 六. */
	private static final String TAIL = """
			  section problems "无。"
			  section other "无。"
			}
			""";

	private static final String ENGLISH = HEAD + TABLES + TAIL;

	private static final String CHINESE = """
			报告 "甲县2023" {
			  机关     "甲县人民政府"
			  年度     2023
			  格式     2021
			  级别     本级政府
			  成文日期 2024-01-27
			  网站     "http://www.jia.gov.cn/"
			  联系方式 "甲县人民政府办公室（电话：0000-1234567）"
			  部分 总体情况 {
			    主动公开 "主动" 依申请公开 "依申请" 政府信息管理 "管理" 平台建设 "平台" 监督保障 "监督"
			  }
			  部分 主动公开 <
			    规章:           本年制发 1, 本年废止 0, 现行有效 5
			    行政许可:       处理决定 7
			    行政事业性收费: 金额 1.5
			  >
			  部分 依申请公开 <
			    自然人:   本年新收 3, 予以公开 2, 结转下年度 1
			    商业企业: 本年新收 1, 上年结转 1, 部分公开 1, 国家秘密 1
			    总计:     本年新收 4, 上年结转 1, 予以公开 2, 部分公开 1, 国家秘密 1, 总计 4, 结转下年度 1
			  >
			  部分 复议诉讼 <
			    行政复议: 结果维持 1, 尚未审结 1, 总计 2
			  >
			  部分 问题及改进 "无。"
			  部分 其他事项 "无。"
			}
			""";

	/** Parts, topics, rows and fields by their official labels. */
	private static final String LABELS = """
			报告 "甲县2023" {
			  机关     "甲县人民政府"
			  年度     2023
			  格式     2021
			  级别     本级政府
			  成文日期 2024-01-27
			  网站     "http://www.jia.gov.cn/"
			  联系方式 "甲县人民政府办公室（电话：0000-1234567）"
			  部分 总体情况 {
			    主动公开 "主动" 依申请公开 "依申请" 政府信息管理 "管理" 政府信息公开平台建设 "平台" 监督保障 "监督"
			  }
			  部分 主动公开政府信息情况 <
			    规章:           本年制发件数 1, 本年废止件数 0, 现行有效件数 5
			    行政许可:       本年处理决定数量 7
			    行政事业性收费: 本年收费金额（单位：万元） 1.5
			  >
			  部分 收到和处理政府信息公开申请情况 <
			    自然人:   本年新收政府信息公开申请数量 3, 予以公开 2, 结转下年度继续办理 1
			    商业企业: 本年新收政府信息公开申请数量 1, 上年结转政府信息公开申请数量 1,
			              部分公开（区分处理的，只计这一情形，不计其他情形） 1, 属于国家秘密 1
			    总计:     本年新收政府信息公开申请数量 4, 上年结转政府信息公开申请数量 1, 予以公开 2,
			              部分公开（区分处理的，只计这一情形，不计其他情形） 1, 属于国家秘密 1, 总计 4,
			              结转下年度继续办理 1
			  >
			  部分 政府信息公开行政复议、行政诉讼情况 <
			    行政复议: 结果维持 1, 尚未审结 1, 总计 2
			  >
			  部分 存在的主要问题及改进情况 "无。"
			  部分 其他需要报告的事项 "无。"
			}
			""";

	@Inject
	private ParseHelper<Report> parser;

	@Inject
	private Validation validation;

	@Inject
	private ReportViews views;

	// (a) spellings

	@Test
	void englishIsValid() throws Exception {
		assertValid(ENGLISH);
		assertEquals(7, parse(ENGLISH).getHeaders().size(), "headers of\n" + ENGLISH);
	}

	@Test
	void chineseAliasesGiveTheSameReport() throws Exception {
		assertSameReport(ENGLISH, CHINESE);
	}

	@Test
	void officialLabelsGiveTheSameReport() throws Exception {
		assertSameReport(ENGLISH, LABELS);
	}

	// (b) layouts

	@Test
	void allOnOneLine() throws Exception {
		String oneLine = ENGLISH.strip().replaceAll("\\s*\\n\\s*", " ");
		assertEquals(1, oneLine.lines().count());
		assertSameReport(ENGLISH, oneLine);
	}

	@Test
	void oneCellPerLineTrailingCommasAndSemicolons() throws Exception {
		assertSameReport(ENGLISH, HEAD + """
				  section active <
				    rules:
				      made 1,
				      repealed 0,
				      valid 5,
				    licensing:
				      decisions 7;
				    fees:
				      amount 1.5,;
				  >
				  section apply <
				    natural: new 3, granted 2, next 1,
				    business: new 1, carried 1, partial 1, secret 1;
				    total:
				      new 4,
				      carried 1,
				      granted 2,
				      partial 1,
				      secret 1,
				      total 4,
				      next 1,
				  >
				  section review <
				    reconsideration: upheld 1, pending 1, total 2,
				  >
				""" + TAIL);
	}

	/** A trailing comma before a column whose key is also a row ({@code total}, 其他): the column still ends there. */
	@Test
	void trailingCommaBeforeAColumnThatIsAlsoARow() throws Exception {
		assertSameReport(report().apply("section apply < natural: new 1, granted 1  other-org: new 2, granted 2  total: new 3, granted 3 >").text(),
				report().apply("部分 依申请公开 < 自然人: 本年新收 1, 予以公开 1,\n 其他: 本年新收 2, 予以公开 2,\n 总计: 本年新收 3, 予以公开 3, >").text());
	}

	@Test
	void fullWidthPunctuation() throws Exception {
		assertSameReport(ENGLISH, HEAD + """
				  section active <
				    rules：made 1，repealed 0，\u3000valid 5；
				    licensing：decisions 7；
				    fees：amount 1.5；
				  >
				  section apply <
				    natural：new 3，granted 2，next 1，
				    business：new 1，carried 1，partial 1，secret 1；
				    total：new 4，carried 1，granted 2，partial 1，secret 1，total 4，next 1
				  >
				  section review <
				    reconsideration：upheld 1，pending 1，total 2
				  >
				""" + TAIL);
	}

	@Test
	void chineseWithoutSpaces() throws Exception {
		assertSameReport(ENGLISH, HEAD + """
				部分主动公开<规章：本年制发1，本年废止0，现行有效5；行政许可：处理决定7；行政事业性收费：金额1.5>
				部分依申请公开<自然人：本年新收3，予以公开2，结转下年度1商业企业：本年新收1，上年结转1，部分公开1，国家秘密1总计：本年新收4，上年结转1，予以公开2，部分公开1，国家秘密1，总计4，结转下年度1>
				部分复议诉讼<行政复议：结果维持1，尚未审结1，总计2>
				""" + TAIL);
	}

	@Test
	void commentsBetweenCells() throws Exception {
		assertSameReport(ENGLISH, HEAD + """
				  section active < // 二、主动公开政府信息情况
				    rules: made 1, /* 规章 */ repealed 0, // 废止
				      valid 5
				    /* 行政许可 */ licensing: decisions /* 件 */ 7
				    fees: amount 1.5 // 万元
				  >
				  section apply <
				    natural: new 3, // 自然人
				      granted 2, /* 予以公开 */ next 1
				    business: new 1, carried 1, partial 1, secret 1 /* 1.属于国家秘密 */
				    total: new 4, carried 1, granted 2, partial 1, secret 1, total 4, next 1
				  >
				  section review < reconsideration: upheld 1, /* , */ pending 1, total 2 > // 四
				""" + TAIL);
	}

	// (b) texts

	@Test
	void textOverLinesWithABlankLineIsTwoParagraphs() throws Exception {
		String text = report().problems("""
				section problems "一是公开内容不够全面，
				      二是政策解读不够深入。

				      下一步，我们将加强培训。\"""").text();
		assertEquals(List.of("一是公开内容不够全面，二是政策解读不够深入。", "下一步，我们将加强培训。"), text(text, "problems").paragraphs());
		assertValid(text);
	}

	@Test
	void escapesAndALiteralReference() throws Exception {
		String text = report().problems("section problems \"他说\\\"好\\\"，存于 D:\\\\公开\\\\2023，$${apply.new} 照写，${apply.new} 取数。\"")
				.text();
		TextView problems = text(text, "problems");
		assertEquals("他说\"好\"，存于 D:\\公开\\2023，$${apply.new} 照写，${apply.new} 取数。", problems.written());
		assertEquals(List.of("他说\"好\"，存于 D:\\公开\\2023，${apply.new} 照写，0 取数。"), problems.paragraphs());
		assertValid(text);
	}

	// (b) values

	@Test
	void amountWithUnitAndBlankCell() throws Exception {
		String text = report().active("section active < fees: amount 150万元  licensing: decisions - >").text();
		ReportView view = views.of(parse(text));
		CellView amount = view.table("active").cell("fees", "amount").orElseThrow();
		assertEquals(0, new BigDecimal("150").compareTo(amount.value()), "150万元 in 万元: " + amount.value());
		assertEquals("150万元", amount.printed());
		CellView blank = view.table("active").cell("licensing", "decisions").orElseThrow();
		assertEquals(CellState.BLANK, blank.state());
		assertEquals(0, BigDecimal.ZERO.compareTo(blank.value()), "a blank counts 0: " + blank.value());
		assertEquals("", blank.printed());
		assertValid(text);
	}

	@Test
	void format2019AmountInYuanNoteAndSignedChange() throws Exception {
		String text = """
				report "乙县2020" {
				  organ "乙县人民政府"
				  year 2020
				  format 2019
				  issued 2021-01-20
				  section overview "2020年，乙县持续推进政务公开。"
				  section active <
				    licensing:   previous 135 "公共服务事项", change -18, decisions 821
				    procurement: projects 3, amount 73802895.90元
				  >
				  section apply < >
				  section review < >
				  section problems "无。"
				  section other "无。"
				}
				""";
		ReportView view = views.of(parse(text));
		CellView amount = view.table("active").cell("procurement", "amount").orElseThrow();
		assertEquals(0, new BigDecimal("7380.28959").compareTo(amount.value()), "73802895.90元 in 万元: " + amount.value());
		CellView previous = view.table("active").cell("licensing", "previous").orElseThrow();
		assertEquals(0, new BigDecimal("135").compareTo(previous.value()), "value before the note: " + previous.value());
		assertEquals("公共服务事项", previous.note());
		CellView change = view.table("active").cell("licensing", "change").orElseThrow();
		assertEquals(0, new BigDecimal("-18").compareTo(change.value()), "signed change: " + change.value());
		assertValid(text);
	}

	@Test
	void datesInBothSpellings() throws Exception {
		String dashed = report().text();
		String chinese = report().header(Reports.HEADER.replace("2024-01-27", "2024年1月27日")).text();
		assertEquals(Optional.of(LocalDate.of(2024, 1, 27)), views.of(parse(dashed)).issued());
		assertEquals(Optional.of(LocalDate.of(2024, 1, 27)), views.of(parse(chinese)).issued(), chinese);
		assertValid(chinese);
	}

	// helpers

	/** Parses without a syntax error and gives the same model, which validates without a diagnostic. */
	private void assertSameReport(String expected, String actual) throws Exception {
		assertEquals(dump(parse(expected)), dump(parse(actual)), "the model of\n" + actual);
		assertValid(actual);
	}

	private void assertValid(String text) {
		// what these texts say is not under test: the assessor's rules on it are left out
		assertEquals("", validation.validate(text).renderedWithout(Validation.ASSESSOR_CODES), "diagnostics of\n" + text);
	}

	private Report parse(String text) throws Exception {
		Report report = parser.parse(text);
		assertNotNull(report, "nothing parsed from\n" + text);
		assertEquals("", report.eResource().getErrors().stream().map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage())
				.collect(Collectors.joining("\n")), "syntax errors in\n" + text);
		return report;
	}

	private TextView text(String report, String where) throws Exception {
		return views.of(parse(report)).text(where).orElseThrow(() -> new AssertionError("no text " + where + " in\n" + report));
	}

	/** The model as text: every key by its keyword, every value as parsed, in the order written. */
	private static String dump(Report report) {
		StringBuilder out = new StringBuilder("report ").append(quote(report.getName())).append('\n');
		for (Header header : report.getHeaders()) {
			out.append(header.getKey().getLiteral());
			for (EAttribute value : List.of(Literals.HEADER__TEXT, Literals.HEADER__NUMBER, Literals.HEADER__DATE,
					Literals.HEADER__LEVEL, Literals.HEADER__MONTH_DAY)) {
				if (Written.has(header, value)) {
					Object v = header.eGet(value);
					out.append(' ').append(v instanceof String s && value == Literals.HEADER__TEXT ? quote(s) : String.valueOf(v));
				}
			}
			out.append('\n');
		}
		out.append("previous ×").append(report.getPrevious().size()).append('\n');
		for (Section section : report.getSections()) {
			out.append("section ").append(section.getPart().getLiteral());
			if (section.getText() != null) {
				out.append(' ').append(quote(section.getText()));
			}
			if (section.getTopics() != null) {
				for (Topic topic : section.getTopics().getTopics()) {
					out.append("\n  ").append(topic.getKey().getLiteral()).append(' ').append(quote(topic.getText()));
				}
			}
			if (section.getTable() != null) {
				for (Column column : section.getTable().getColumns()) {
					out.append("\n  ").append(column.getKey().getLiteral()).append(':');
					for (Cell cell : column.getCells()) {
						out.append(' ').append(cell.getKey().getLiteral()).append(' ')
								.append(cell.isBlank() ? "-" : cell.getValue());
						if (cell.getNote() != null) {
							out.append(' ').append(quote(cell.getNote()));
						}
					}
				}
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static String quote(String text) {
		return '"' + text + '"';
	}
}
