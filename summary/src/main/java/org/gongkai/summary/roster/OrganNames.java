package org.gongkai.summary.roster;

import java.text.Normalizer;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The one place organ names are compared: spaces of any kind and the usual variants ignored — full-width letters,
 * digits and brackets as their ASCII forms (NFKC), 人民政府 as 政府, 〔〕【】［］ as ( ) .
 */
public final class OrganNames {

	private OrganNames() {
	}

	/** The name as compared: equal for two spellings of one organ. */
	public static String key(String name) {
		String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff')
				.map(OrganNames::bracket).forEach(out::appendCodePoint);
		return out.toString().replace("人民政府", "政府");
	}

	private static int bracket(int c) {
		return switch (c) {
			case '〔', '【', '［', '[', '｛', '{' -> '(';
			case '〕', '】', '］', ']', '｝', '}' -> ')';
			default -> c;
		};
	}

	/** How many single-character edits turn one key into the other (Levenshtein), for suggesting a roster name. */
	public static int distance(String a, String b) {
		return LevenshteinDistance.getDefaultInstance().apply(a, b);
	}
}
