package org.gongkai.language.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.gongkai.language.ui.GongkaiLanguage;

import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Colours the document by the language's own lexer: keywords in both spellings (the grammar's keyword tokens with
 * letters), numbers and dates, strings with their {@code ${…}} references, comments; then the semantic layer, the
 * columns with computed totals ({@link ComputedColumns}).
 */
final class LexerTokenScanner implements ITokenScanner {

	private record Span(int offset, int length, IToken token) {
	}

	private static final Pattern REFERENCE = Pattern.compile("\\$\\{[^}\\n]*\\}?");

	private final Map<Integer, String> tokenNames = GongkaiLanguage.injector().getInstance(ITokenDefProvider.class).getTokenDefMap();
	private Iterator<Span> spans;
	private Span current;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		List<Span> all = spans(document.get());
		List<Span> inRange = new ArrayList<>();
		for (Span span : all) {
			if (span.offset() + span.length() > offset && span.offset() < offset + length) {
				int start = Math.max(span.offset(), offset);
				int end = Math.min(span.offset() + span.length(), offset + length);
				inRange.add(new Span(start, end - start, span.token()));
			}
		}
		spans = inRange.iterator();
	}

	@Override
	public IToken nextToken() {
		if (!spans.hasNext()) {
			current = null;
			return Token.EOF;
		}
		current = spans.next();
		return current.token();
	}

	@Override
	public int getTokenOffset() {
		return current.offset();
	}

	@Override
	public int getTokenLength() {
		return current.length();
	}

	private List<Span> spans(String text) {
		Lexer lexer = GongkaiLanguage.injector().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		lexer.setCharStream(new ANTLRStringStream(text));
		List<IRegion> computed = ComputedColumns.in(text);
		List<Span> spans = new ArrayList<>();
		for (org.antlr.runtime.Token token = lexer.nextToken(); token.getType() != org.antlr.runtime.Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			int offset = common.getStartIndex();
			int length = common.getStopIndex() - offset + 1;
			if (length <= 0) {
				continue;
			}
			String name = tokenNames.getOrDefault(token.getType(), "");
			if (name.equals("RULE_STRING") || name.equals("RULE_CURLY_STRING")) {
				string(text, offset, length, spans);
			} else if (computed.stream().anyMatch(r -> r.getOffset() == offset && r.getLength() == length)) {
				spans.add(new Span(offset, length, TokenStyles.COMPUTED.token()));
			} else {
				spans.add(new Span(offset, length, style(name)));
			}
		}
		return spans;
	}

	private static IToken style(String name) {
		if (name.startsWith("'")) {
			return name.codePoints().anyMatch(Character::isLetter) ? TokenStyles.KEYWORD.token() : Token.UNDEFINED;
		}
		return switch (name) {
		case "RULE_INT", "RULE_DECIMAL", "RULE_SIGNED", "RULE_AMOUNT", "RULE_DATE", "RULE_MONTH_DAY" -> TokenStyles.NUMBER.token();
		case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> TokenStyles.COMMENT.token();
		default -> Token.UNDEFINED;
		};
	}

	/** A string, its {@code ${…}} references set apart. */
	private static void string(String text, int offset, int length, List<Span> spans) {
		Matcher matcher = REFERENCE.matcher(text).region(offset, offset + length);
		int at = offset;
		while (matcher.find()) {
			if (matcher.start() > at) {
				spans.add(new Span(at, matcher.start() - at, TokenStyles.STRING.token()));
			}
			spans.add(new Span(matcher.start(), matcher.end() - matcher.start(), TokenStyles.REFERENCE.token()));
			at = matcher.end();
		}
		if (at < offset + length) {
			spans.add(new Span(at, offset + length - at, TokenStyles.STRING.token()));
		}
	}
}
