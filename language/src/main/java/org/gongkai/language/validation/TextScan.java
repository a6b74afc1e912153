package org.gongkai.language.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.gongkai.language.generator.XmlChars;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TextView;

/**
 * One pass over the report's texts for every text rule (text.reference, text.number, text.review-claim,
 * preamble.format, text.character …) instead of each walking them again: each text as written, with its node, cut
 * into sentences; and every string token holding a character no document may hold. Offsets of a text are in the source
 * of its string (quotes and escapes as written); {@link Text#offset} makes them the document's.
 */
record TextScan(List<Text> texts, List<Disallowed> disallowed) {

	/** A sentence is about the organ as a whole only up to "其中" (what follows counts a part of it). */
	private static final String SUB_COUNT = "其中";
	/** A sentence that speaks "代表" another body is not about the organ. */
	private static final String ON_BEHALF = "代表";

	/**
	 * A sentence of a text's source: {@code [start, end)}, about the organ as a whole in {@code [start, wholeEnd)}
	 * (before 其中), unless it speaks 代表 another body. Its strings are made only when asked for.
	 */
	record Sentence(String source, int start, int end, int wholeEnd, boolean onBehalf) {

		String text() {
			return source.substring(start, end);
		}

		/** What is about the organ as a whole; empty when the sentence speaks for another body. */
		String whole() {
			return onBehalf ? "" : source.substring(start, wholeEnd);
		}

		/** Whether the whole of the sentence holds {@code c}; false when it speaks for another body. */
		boolean wholeHas(char c) {
			if (onBehalf) {
				return false;
			}
			for (int i = start; i < wholeEnd; i++) {
				if (source.charAt(i) == c) {
					return true;
				}
			}
			return false;
		}
	}

	/** A text of the report: where it sits, its source as written, its sentences. */
	record Text(String key, TextView view, INode node, String source, List<Sentence> sentences) {

		/** The document's offset of an offset in {@link #source}. */
		int offset(int inSource) {
			return node.getTotalOffset() + inSource;
		}
	}

	/** A string token and the index in it of its first character no document may hold. */
	record Disallowed(ILeafNode leaf, int at) {
	}

	static TextScan of(ReportView view, ICompositeNode root) {
		List<Text> texts = new ArrayList<>(view.texts().size());
		view.texts().forEach((key, text) -> {
			INode node = Sources.node(text.owner(), text.feature());
			if (node != null) {
				String source = node.getText();
				texts.add(new Text(key, text, node, source, sentences(source)));
			}
		});
		return new TextScan(texts, root == null ? List.of() : disallowed(root));
	}

	/** Hand-written: a split on a handful of characters, which a regex and its substrings made the text rules' largest cost. */
	static List<Sentence> sentences(String text) {
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i < text.length() && !isSentenceEnd(text.charAt(i))) {
				continue;
			}
			if (i > start) {
				int sub = indexOf(text, SUB_COUNT, start, i);
				int wholeEnd = sub < 0 ? i : sub;
				sentences.add(new Sentence(text, start, i, wholeEnd, indexOf(text, ON_BEHALF, start, wholeEnd) >= 0));
			}
			start = i + 1;
		}
		return sentences;
	}

	private static boolean isSentenceEnd(char c) {
		return switch (c) {
		case '。', '；', ';', '！', '!', '？', '?', '\n', '\r' -> true;
		default -> false;
		};
	}

	/** {@code needle} in {@code text} between {@code from} and {@code to}, or -1; never looks past {@code to}. */
	static int indexOf(String text, String needle, int from, int to) {
		char first = needle.charAt(0);
		for (int i = from; i <= to - needle.length(); i++) {
			if (text.charAt(i) == first && text.startsWith(needle, i)) {
				return i;
			}
		}
		return -1;
	}

	/** The first of {@code words} in {@code text} between {@code from} and {@code to}, in one pass: its index, or -1. */
	static Found firstOf(String text, List<String> words, int from, int to) {
		char[] firsts = new char[words.size()];
		for (int w = 0; w < firsts.length; w++) {
			firsts[w] = words.get(w).charAt(0);
		}
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (!startsOne(firsts, c)) {
				continue;
			}
			for (String word : words) {
				if (word.charAt(0) == c && i + word.length() <= to && text.startsWith(word, i)) {
					return new Found(i, word);
				}
			}
		}
		return new Found(-1, null);
	}

	private static boolean startsOne(char[] firsts, char c) {
		for (char first : firsts) {
			if (first == c) {
				return true;
			}
		}
		return false;
	}

	/** Where a word was found, and which. */
	record Found(int at, String word) {
	}

	/**
	 * Every string token (a terminal's, not hidden) with a character XML does not allow; comments are left alone. The
	 * tokens are walked only when the document holds such a character at all.
	 */
	private static List<Disallowed> disallowed(ICompositeNode root) {
		if (XmlChars.firstDisallowed(root.getRootNode().getText()) < 0) {
			return List.of();
		}
		List<Disallowed> found = new ArrayList<>(0);
		for (INode node : root.getAsTreeIterable()) {
			if (node instanceof ILeafNode leaf && !leaf.isHidden() && leaf.getGrammarElement() instanceof RuleCall call
					&& call.getRule() instanceof TerminalRule) {
				int at = XmlChars.firstDisallowed(leaf.getText());
				if (at >= 0) {
					found.add(new Disallowed(leaf, at));
				}
			}
		}
		return found;
	}
}
