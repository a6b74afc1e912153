package org.gongkai.language.tests.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.NextYear;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Validation;
import org.gongkai.language.tests.formatting.TwoSpaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Next year's report started from last year's: what carries over holds under the cross-year rules, nothing else is taken. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class NextYearTest {

	private static final String LAST = """
			report "甲县2023" {
			  organ   "甲县人民政府"
			  year    2023
			  website "http://www.jiaxian.gov.cn/"
			  contact "甲县人民政府办公室（电话：0000-1234567）"
			  section active <
			    rules:     made 1, repealed 0, valid 3
			    normative: made 2, repealed 1, valid 12
			  >
			  section apply <
			    natural: new 5, granted 3, total 3, next 2
			    legal:   new 1, total 0, next 1
			  >
			  section problems "今年的问题。"
			}
			""";

	@Inject
	private Validation validation;

	@Inject
	private ReportViews views;

	@Inject
	private TwoSpaces formatter;

	@Test
	void carriedAndValidComeFromLastYearAndHoldUnderTheCrossYearRules() {
		// the applications carried over still want a result this year: apply.balance says so until one is written
		String next = start(LAST).text();
		assertTrue(next.contains("""
				  section active <
				    rules:     valid 3
				    normative: valid 12
				  >
				"""), next);
		assertTrue(next.contains("""
				  section apply <
				    natural: carried 2
				    legal:   carried 1
				  >
				"""), next);
		assertTrue(next.contains("previous \"甲县2023\""), next);
		Map<String, String> workspace = new LinkedHashMap<>();
		workspace.put("甲县人民政府2024.gongkai", next);
		workspace.put("甲县2023.gongkai", LAST);
		// 规章 in force carried over to a county's report: active.rules-authority says a county makes none
		assertEquals("error apply.balance @ legal\nerror apply.balance @ natural\nwarning active.rules-authority @ rules.valid\nwarning issued.missing\n"
				+ "warning text.placeholder\n".repeat(7).strip(), validation.validate(workspace).places(), next);
	}

	@Test
	void theHeaderKeepsOrganLevelWebsiteAndContactButNotTheTexts() {
		NextYear.Start start = start(LAST);
		assertEquals("甲县人民政府", start.organ());
		assertEquals(2024, start.year());
		assertEquals("甲县人民政府2024.gongkai", start.fileName());
		assertTrue(start.text().contains("website  \"http://www.jiaxian.gov.cn/\""), start.text());
		assertTrue(start.text().contains("contact  \"甲县人民政府办公室（电话：0000-1234567）\""), start.text());
		assertFalse(start.text().contains("// website"), start.text());
		assertFalse(start.text().contains("今年的问题"), start.text());
		assertTrue(start.text().contains("year     2024"), start.text());
	}

	@Test
	void aReportOfFormat2019GivesNoValidAndTheNextYearIsFormat2021() {
		String last = """
				report "乙局2020" {
				  organ  "乙县发展和改革局"
				  year   2020
				  format 2019
				  scope  area
				  section active <
				    normative: produced 2, public-total 9
				  >
				  section apply <
				    other-org: new 2, total 0, next 2
				  >
				}
				""";
		String next = start(last).text();
		assertTrue(next.contains("format   2021"), next);
		assertTrue(next.contains("scope    area"), next);
		assertTrue(next.contains("level    department"), next);
		assertTrue(next.contains("section active < >"), next);
		assertTrue(next.contains("other-org: carried 2"), next);
	}

	@Test
	void withoutOrganOrYearThereIsNoNextYear() {
		assertTrue(NextYear.of(view("report \"x\" { organ \"甲县人民政府\" }")).isEmpty());
		assertTrue(NextYear.of(view("report \"x\" { year 2023 }")).isEmpty());
	}

	@Test
	void theFormatterLeavesItAsItIs() throws Exception {
		String next = start(LAST).text();
		assertEquals(next, formatter.format(next));
	}

	private NextYear.Start start(String last) {
		return NextYear.of(view(last)).orElseThrow();
	}

	private ReportView view(String text) {
		return views.of((Report) validation.validate(text).resource().getContents().get(0));
	}
}
