package org.gongkai.language.ide.input;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.gongkai.language.conversion.TextConverter;
import org.gongkai.language.parser.antlr.internal.InternalGongkaiLexer;
import org.gongkai.language.template.Term;
import org.gongkai.language.template.Vocabulary;

/**
 * Reads a report's name, organ and year — all the index holds for it — from its tokens, without parsing: a batch
 * builds its index this way in a tenth of a parse. The scan stops once the organ and the year are read: the parser
 * builds the report's header before it meets what follows, so a mistake further down does not change what the index
 * holds (the parse of the check reports it). A file whose tokens up to there are not plainly well-formed (an unknown
 * word or character, no name), or that names no organ or year, returns empty unless it ends well-formed, and is
 * parsed instead; HeaderScanTest holds the index equal to the parser's.
 */
public final class HeaderScan {

	public record Header(String name, String organ, Integer year) {
	}

	private static final Set<String> REPORT = spellings(Vocabulary.REPORT);
	private static final Set<String> ORGAN = spellings(Vocabulary.ORGAN);
	private static final Set<String> YEAR = spellings(Vocabulary.YEAR);
	private static final TextConverter TEXT = new TextConverter();
	/** The token types of the brackets: compared by type, a token's text is not made for each token. */
	private static final int OPEN_BRACE = type("{");
	private static final int CLOSE_BRACE = type("}");
	private static final int OPEN_ANGLE = type("<");
	private static final int CLOSE_ANGLE = type(">");

	public static Optional<Header> scan(String text) {
		InternalGongkaiLexer lexer = new InternalGongkaiLexer(new ANTLRStringStream(text));
		Token first = next(lexer);
		Token name = next(lexer);
		Token open = next(lexer);
		if (first == null || !REPORT.contains(first.getText()) || name == null || name.getType() != InternalGongkaiLexer.RULE_STRING
				|| open == null || !open.getText().equals("{")) {
			return Optional.empty();
		}
		String organ = null;
		Integer year = null;
		int depth = 1;
		Token token;
		Token previous = open;
		while ((token = next(lexer)) != null) {
			int type = token.getType();
			if (type == InternalGongkaiLexer.RULE_ANY_OTHER || type == InternalGongkaiLexer.RULE_ID || type == Token.INVALID_TOKEN_TYPE) {
				return Optional.empty();
			}
			boolean isText = type == InternalGongkaiLexer.RULE_STRING || type == InternalGongkaiLexer.RULE_CURLY_STRING;
			if (type == OPEN_BRACE || type == OPEN_ANGLE) {
				depth++;
			} else if (type == CLOSE_BRACE || type == CLOSE_ANGLE) {
				depth--;
			} else if (depth == 1 && organ == null && isText && ORGAN.contains(previous.getText())) {
				organ = TEXT.toValue(token.getText(), null).strip();
			} else if (depth == 1 && year == null && type == InternalGongkaiLexer.RULE_INT && YEAR.contains(previous.getText())) {
				try {
					year = Integer.valueOf(token.getText());
				} catch (NumberFormatException e) {
					return Optional.empty();
				}
			}
			if (organ != null && year != null) {
				break;
			}
			previous = token;
		}
		return depth == 0 || organ != null && year != null ? Optional.of(new Header(TEXT.toValue(name.getText(), null), organ, year))
				: Optional.empty();
	}

	/**
	 * The organ a report's header names, read from its tokens however the rest of it stands (a report being typed): the
	 * first string after {@code organ} at the report's level.
	 */
	public static Optional<String> organ(String text) {
		InternalGongkaiLexer lexer = new InternalGongkaiLexer(new ANTLRStringStream(text));
		int depth = 0;
		Token previous = null;
		Token token;
		while ((token = next(lexer)) != null) {
			String word = token.getText();
			if (word.equals("{") || word.equals("<")) {
				depth++;
			} else if (word.equals("}") || word.equals(">")) {
				depth--;
			} else if (depth == 1 && previous != null && ORGAN.contains(previous.getText())
					&& (token.getType() == InternalGongkaiLexer.RULE_STRING || token.getType() == InternalGongkaiLexer.RULE_CURLY_STRING)) {
				try {
					return Optional.of(TEXT.toValue(word, null).strip());
				} catch (RuntimeException e) {
					return Optional.empty();
				}
			}
			previous = token;
		}
		return Optional.empty();
	}

	private static Token next(InternalGongkaiLexer lexer) {
		Token token;
		do {
			token = lexer.nextToken();
			if (token == null || token.getType() == Token.EOF) {
				return null;
			}
		} while (token.getType() == InternalGongkaiLexer.RULE_WS || token.getType() == InternalGongkaiLexer.RULE_SL_COMMENT
				|| token.getType() == InternalGongkaiLexer.RULE_ML_COMMENT);
		return token;
	}

	/** The type the lexer gives a keyword. */
	private static int type(String keyword) {
		return new InternalGongkaiLexer(new ANTLRStringStream(keyword)).nextToken().getType();
	}

	private static Set<String> spellings(Term term) {
		return term.spellings().collect(Collectors.toSet());
	}

	private HeaderScan() {
	}
}
