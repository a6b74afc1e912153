package org.gongkai.language.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.INode;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TextView;

/**
 * The report's texts as written, each with its node and cut into sentences once, for every text rule to read
 * (text.reference, text.number, text.review-claim, preamble.format …) instead of each walking the texts again.
 * Offsets are in the source of the string (quotes and escapes as written); {@link Text#offset} makes them the
 * document's.
 */
record TextScan(List<Text> texts) {

	private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n\\r]");
	/** A sentence is about the organ as a whole only up to "其中" (what follows counts a part of it). */
	private static final String SUB_COUNT = "其中";
	/** A sentence that speaks "代表" another body is not about the organ. */
	private static final String ON_BEHALF = "代表";

	/** A sentence: {@code whole} is what comes before 其中, about the organ as a whole; empty when it speaks 代表 another. */
	record Sentence(int start, String text, String whole) {
	}

	/** A text of the report: where it sits, its source as written, its sentences. */
	record Text(String key, TextView view, INode node, String source, List<Sentence> sentences) {

		/** The document's offset of an offset in {@link #source}. */
		int offset(int inSource) {
			return node.getTotalOffset() + inSource;
		}
	}

	static TextScan of(ReportView view) {
		List<Text> texts = new ArrayList<>(view.texts().size());
		view.texts().forEach((key, text) -> {
			INode node = Sources.node(text.owner(), text.feature());
			if (node != null) {
				String source = node.getText();
				texts.add(new Text(key, text, node, source, sentences(source)));
			}
		});
		return new TextScan(texts);
	}

	private static List<Sentence> sentences(String text) {
		List<Sentence> sentences = new ArrayList<>();
		Matcher end = SENTENCE_END.matcher(text);
		int start = 0;
		while (start < text.length()) {
			int stop = end.find(start) ? end.start() : text.length();
			if (stop > start) {
				String sentence = text.substring(start, stop);
				int sub = sentence.indexOf(SUB_COUNT);
				String whole = sub < 0 ? sentence : sentence.substring(0, sub);
				sentences.add(new Sentence(start, sentence, whole.contains(ON_BEHALF) ? "" : whole));
			}
			start = stop + 1;
		}
		return sentences;
	}
}
