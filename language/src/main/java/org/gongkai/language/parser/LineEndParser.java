package org.gongkai.language.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.gongkai.language.parser.antlr.GongkaiParser;

/**
 * The parser, reading a lone carriage return (old Mac line ends, some exports) as a line feed. Xtext counts lines by
 * line feeds only, and a file ending in a lone CR made its conversion of line and column fail. The replacement keeps
 * the length, so every offset stays where it was; every parse (whole, partial, by rule) comes through here.
 */
public class LineEndParser extends GongkaiParser {

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		return super.doParse(ruleName, withLineFeeds(in), builder, initialLookAhead);
	}

	private static CharStream withLineFeeds(CharStream in) {
		String text = in.size() == 0 ? "" : in.substring(0, in.size() - 1);
		if (text.indexOf('\r') < 0) {
			return in;
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
				chars[i] = '\n';
			}
		}
		return new ANTLRStringStream(chars, chars.length);
	}
}
