package org.gongkai.language.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.gongkai.language.gongkai.Report;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter lays a report out one entry per line and aligns a table's columns, Chinese counting two columns. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class FormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private IFormatter2 formatter2;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private TextRegionAccessBuilder regions;

	@Inject
	private ParseHelper<Report> parser;

	@Test
	void alignsHeaderValuesAndTableColumns() {
		formatter.assertFormatted(r -> {
			r.setUseSerializer(false);
			r.setToBeFormatted("""
					report "甲县2023" { organ "甲县人民政府" year 2023 scope self issued 2024-01-27
					section apply < natural: new 3 , granted 3 business:new 1,next 1 other-org :  new 2,granted 2,>
					section review < > section problems "无。" }""");
			r.setExpectation("""
					report "甲县2023" {
						organ  "甲县人民政府"
						year   2023
						scope  self
						issued 2024-01-27
						section apply <
							natural:   new 3, granted 3
							business:  new 1, next 1
							other-org: new 2, granted 2,
						>
						section review < >
						section problems "无。"
					}
					""");
		});
	}

	@Test
	void alignsChineseByDisplayWidth() {
		formatter.assertFormatted(r -> {
			r.setUseSerializer(false);
			r.setToBeFormatted("""
					报告 "甲县2023" { 机关 "甲县人民政府" 年度 2023 范围 汇总 成文日期 2024年1月27日
					部分 依申请公开 <自然人：本年新收3，予以公开3
					其他：本年新收1，予以公开1；总计 : 本年新收 4> }""");
			r.setExpectation("""
					报告 "甲县2023" {
						机关     "甲县人民政府"
						年度     2023
						范围     汇总
						成文日期 2024年1月27日
						部分 依申请公开 <
							自然人：本年新收 3，予以公开 3
							其他：  本年新收 1，予以公开 1；
							总计:   本年新收 4
						>
					}
					""");
		});
	}

	@Test
	void topicsOneALineWithCommentsKept() {
		formatter.assertFormatted(r -> {
			r.setUseSerializer(false);
			r.setToBeFormatted("""
					report "甲县2023" {
					  section overview { active "主动" // 主动公开
					  management "管理" }
					}""");
			r.setExpectation("""
					report "甲县2023" {
						section overview {
							active     "主动" // 主动公开
							management "管理"
						}
					}
					""");
		});
	}

	@Test
	void examplesKeepEveryCharacterAndFormatOnce() throws Exception {
		try (var files = Files.list(Path.of("..", "examples"))) {
			for (Path example : files.filter(p -> p.toString().endsWith(".gongkai")).sorted().toList()) {
				String text = Files.readString(example);
				String formatted = format(text);
				assertEquals(text.replaceAll("\\s+", ""), formatted.replaceAll("\\s+", ""), example + " lost or gained a character");
				assertEquals(formatted, format(formatted), example + " formats differently a second time");
			}
		}
	}

	private String format(String text) throws Exception {
		XtextResource resource = (XtextResource) parser.parse(text).eResource();
		assertEquals(List.of(), resource.getErrors());
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions.forNodeModel(resource).create());
		List<ITextReplacement> replacements = formatter2.format(request);
		return request.getTextRegionAccess().getRewriter().renderToString(replacements);
	}
}
