package org.gongkai.language.tests.validation;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.template.Placeholder;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** text.placeholder, text.reference, and texts opened with Chinese quotes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class TextRulesTest {

	@Inject
	private Validation validation;

	private String problems(String text) {
		return validation.validate(report().problems("section problems " + text).text()).rendered();
	}

	@Test
	void placeholderLeftIn() {
		assertEquals("WARNING text.placeholder 9:20 这里还是占位文字〔待填写〕，请写上实际内容", problems("\"" + Placeholder.TEXT + "\""));
	}

	@Test
	void referenceToNoCell() {
		assertEquals("ERROR text.reference 9:24 「${apply.natural.nothing}」不指向任何数字：引用应写成 ${部分.栏.项}，如 ${apply.natural.new}、${active.licensing.decisions}",
				problems("\"共收到${apply.natural.nothing}件。\""));
	}

	@Test
	void referencesInEverySpelling() {
		assertEquals("", problems("\"${organ}${year}年收到${apply.new}件，其中自然人${依申请公开.自然人.本年新收}件，${apply.total}件办结；$${literal}\""));
	}

	@Test
	void referenceNotClosed() {
		assertEquals("ERROR text.reference 9:24 「${」没有对应的「}」：引用应写成 ${部分.栏.项}，如 ${apply.new}；要写字面的 ${ 请写 $${",
				problems("\"共收到${apply.new件。\""));
	}

	@Test
	void controlCharacterInAText() {
		assertEquals("ERROR text.character 9:23 「problems」中有不可用的字符 U+0000 等 2 处：Word 无法打开含有它的文档，请删除（多为复制粘贴带入）",
				problems("\"无。\u0000\u0001\""));
	}

	@Test
	void nonCharactersInHeaderAndNote() {
		String report = report().header("  organ \"甲县\uFFFF人民政府\"\n  year 2023\n  issued 2024-01-27")
				.apply("section apply < natural: new 3 \"注\uFFFE\", other-handling 3 >").text();
		assertEquals("""
				ERROR text.character 2:12 「organ」中有不可用的字符 U+FFFF：Word 无法打开含有它的文档，请删除（多为复制粘贴带入）
				ERROR text.character 7:36 「natural」的「new」的注释中有不可用的字符 U+FFFE：Word 无法打开含有它的文档，请删除（多为复制粘贴带入）""",
				validation.validate(report).rendered());
	}

	@Test
	void tabsLineBreaksAndAstralCharactersAreFine() {
		assertEquals("", problems("\"无\t。\r\n😀\u200F\""));
	}

	@Test
	void chineseQuotes() {
		assertEquals("ERROR syntax 9:20 文字须用英文双引号 \" 括起，不能用中文引号 “ ”", problems("“无。”"));
	}
}
