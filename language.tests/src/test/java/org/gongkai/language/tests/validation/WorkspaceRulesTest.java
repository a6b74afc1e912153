package org.gongkai.language.tests.validation;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** report.duplicate: names are unique in the workspace. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class WorkspaceRulesTest {

	@Inject
	private Validation validation;

	@Test
	void twoReportsWithOneName() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("a.gongkai", report().text());
		files.put("b.gongkai", report().header("  organ \"乙县人民政府\"\n  year 2023\n  issued 2024-01-27").text());
		assertEquals("ERROR report.duplicate 1:8 报告名「甲县2023」已被 b.gongkai 使用：工作区中每份报告的名字须唯一",
				validation.validate(files).rendered());
	}

	@Test
	void namesDiffer() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("a.gongkai", report().text());
		files.put("b.gongkai", report().name("乙县2023").header("  organ \"乙县人民政府\"\n  year 2023\n  issued 2024-01-27").text());
		assertEquals("", validation.validate(files).rendered());
	}
}
