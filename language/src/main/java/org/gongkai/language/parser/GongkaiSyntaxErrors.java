package org.gongkai.language.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.gongkai.language.template.Term;
import org.gongkai.language.template.Vocabulary;
import org.gongkai.language.validation.IssueCodes;

/**
 * Syntax errors in Chinese, with the code {@code syntax}: what stands there and what was expected, keywords
 * with their Chinese alias. ANTLR's English message is the source; its shapes are few and stable.
 */
public class GongkaiSyntaxErrors extends SyntaxErrorMessageProvider {

	private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]++|\\\\.)*+)'");
	private static final Pattern SHAPE = Pattern.compile(
			"(mismatched input|extraneous input|missing|no viable alternative at input|required \\(\\.\\.\\.\\)\\+ loop did not match anything at input)"
					+ "\\s*(.*?)(?:\\s+expecting\\s+(.*?))?(?:\\s+at\\s+(.*))?$");
	private static final Pattern CHARACTER = Pattern.compile("mismatched character '(.*)' expecting (?:set )?'?(.*?)'?");
	private static final Pattern AT_CHARACTER = Pattern.compile(".*? at character '(.*)'");
	private static final int LONGEST_WORD = 40;
	private static final Map<String, String> TOKENS = Map.of("RULE_STRING", "用双引号括起的文字", "RULE_INT", "整数",
			"RULE_DATE", "日期（如 2024-01-27）", "RULE_MONTH_DAY", "月日（如 02-20）", "RULE_ID", "名称", "EOF", "文件结尾",
			"RULE_DECIMAL", "小数", "RULE_AMOUNT", "金额", "RULE_SIGNED", "带符号的数");
	private static final Map<String, String> ALIASES = Vocabulary.all().stream()
			.collect(Collectors.toMap(Term::keyword, Term::alias, (a, b) -> a));

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		if (isEmpty(context)) {
			return new SyntaxErrorMessage("语法错误：文件是空的，应以 report \"名称\" { … } 开头", IssueCodes.SYNTAX);
		}
		return new SyntaxErrorMessage(translate(context.getDefaultMessage()), IssueCodes.SYNTAX);
	}

	private static boolean isEmpty(IParserErrorContext context) {
		INode node = context.getCurrentNode();
		if (node == null) {
			return false;
		}
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				return false;
			}
		}
		return true;
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage("语法错误：无法读取此值（" + context.getDefaultMessage() + "）", IssueCodes.SYNTAX);
	}

	static String translate(String message) {
		Matcher character = CHARACTER.matcher(message == null ? "" : message.strip());
		if (character.matches()) {
			return character.group(1).equals("<EOF>") && character.group(2).equals("\"") ? "语法错误：文字缺少结尾的双引号 \""
					: "语法错误：无法识别的字符「" + character.group(1) + "」";
		}
		Matcher atCharacter = AT_CHARACTER.matcher(message == null ? "" : message.strip());
		if (atCharacter.matches()) {
			return "语法错误：无法识别的字符「" + atCharacter.group(1) + "」";
		}
		Matcher m = SHAPE.matcher(message == null ? "" : message.strip());
		if (!m.matches()) {
			return "语法错误：此处的写法无法识别，请对照 report \"名称\" { … } 的格式检查";
		}
		String kind = m.group(1);
		String expected = m.group(3) == null ? null : describe(m.group(3));
		if (kind.equals("missing")) {
			String at = m.group(4) == null ? "" : "，在" + describe(m.group(4)) + "之前";
			return "语法错误：缺少" + describe(m.group(2)) + at;
		}
		String found = m.group(2).isBlank() && m.group(4) != null ? m.group(4) : m.group(2);
		if (found.equals("'\"'") || found.equals("'“'")) {
			return "语法错误：文字缺少结尾的双引号 \"";
		}
		String text = "语法错误：此处不应出现" + describe(found);
		return expected == null ? text : text + "，应为" + expected;
	}

	private static String describe(String tokens) {
		String token = tokens.strip();
		if (token.equals("'<EOF>'")) {
			return "文件结尾";
		}
		if (TOKENS.containsKey(token)) {
			return TOKENS.get(token);
		}
		Matcher q = QUOTED.matcher(token);
		if (q.matches()) {
			String word = q.group(1).replace("\\'", "'").replace("\\n", "换行");
			if (word.length() > LONGEST_WORD) {
				return "「" + word.substring(0, LONGEST_WORD) + "…」（共 " + word.length() + " 个字符）";
			}
			return ALIASES.containsKey(word) ? "「" + word + "」（" + ALIASES.get(word) + "）" : "「" + word + "」";
		}
		return token.replace("<EOF>", "文件结尾");
	}

}
