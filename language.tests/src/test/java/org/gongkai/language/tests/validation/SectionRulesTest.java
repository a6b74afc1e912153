package org.gongkai.language.tests.validation;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** section.missing, section.duplicate, overview.topic, and a part written in the wrong form. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class SectionRulesTest {

	@Inject
	private Validation validation;

	@Test
	void partMissing() {
		assertEquals("ERROR section.missing 1:8 缺少「四、政府信息公开行政复议、行政诉讼情况」（section review）",
				validation.validate(report().review("").text()).rendered());
	}

	@Test
	void partWrittenTwice() {
		assertEquals("ERROR section.duplicate 11:11 「五、存在的主要问题及改进情况」写了两次",
				validation.validate(report().other(Reports.OTHER + "\n  section problems \"又一段。\"").text()).rendered());
	}

	@Test
	void partsInAnyOrder() {
		assertEquals("", validation.validate(report().overview("").active(Reports.OTHER).other(
				"section active < >\n  section overview { active \"a\" apply \"b\" management \"c\" platform \"d\" oversight \"e\" }")
				.text()).rendered());
	}

	@Test
	void overviewTopicMissing() {
		assertEquals("WARNING overview.topic 5:11 总体情况缺少「（四）政府信息公开平台建设」一项（platform）",
				validation.validate(report().overview("section overview { active \"a\" apply \"b\" management \"c\" oversight \"e\" }").text()).rendered());
	}

	@Test
	void overviewAsOneTextInFormat2021() {
		assertEquals("WARNING overview.topic 5:11 格式 2021 的总体情况应分项写：（一）主动公开（active）、（二）依申请公开（apply）、（三）政府信息管理（management）、（四）政府信息公开平台建设（platform）、（五）监督保障（oversight）",
				validation.validate(report().overview("section overview \"2023年……\"").text()).rendered());
	}

	@Test
	void tablePartWrittenAsText() {
		assertEquals("ERROR syntax 8:11 「四、政府信息公开行政复议、行政诉讼情况」应写成表格：section review < … >",
				validation.validate(report().review("section review \"无。\"").text()).rendered());
	}
}
