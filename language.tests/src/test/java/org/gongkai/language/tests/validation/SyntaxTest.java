package org.gongkai.language.tests.validation;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** syntax: what was found and what was expected, in Chinese, keywords with their alias. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class SyntaxTest {

	@Inject
	private Validation validation;

	@Test
	void missingColon() {
		assertEquals("ERROR syntax 7:27 语法错误：此处不应出现「new」（本年新收）",
				syntaxOnly(report().apply("section apply < natural new 3 >").text()));
	}

	@Test
	void misspelledKeyword() {
		assertEquals("ERROR syntax 7:19 语法错误：此处不应出现「natrual」，应为「>」",
				syntaxOnly(report().apply("section apply < natrual: new 3 >").text()));
	}

	@Test
	void unclosedText() {
		assertEquals("ERROR syntax 9:20 语法错误：文字缺少结尾的双引号 \"",
				syntaxOnly(report().problems("section problems \"无。").other("").text()));
	}

	@Test
	void emptyFile() {
		assertEquals("ERROR syntax 1:1 语法错误：文件是空的，应以 report \"名称\" { … } 开头", validation.validate("").rendered());
	}

	private String syntaxOnly(String text) {
		return validation.validate(text).rendered().lines().filter(l -> l.contains(" syntax ")).reduce((a, b) -> a + "\n" + b).orElse("");
	}
}
