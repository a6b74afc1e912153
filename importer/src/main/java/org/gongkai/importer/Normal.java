package org.gongkai.importer;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** How the importer compares printed words: full-width forms folded (NFKC), blanks, numbering and quotes dropped. */
final class Normal {

	private static final Pattern ARTEFACTS = Pattern.compile("\\[bookmark:[^\\]]*\\]");
	/** What a label's key leaves out: the blanks of a regex's {@code \\s}, no-break and ideographic spaces. */
	private static final String BLANK_CHARS = " \t\n\u000B\f\r\u00a0\u3000";
	/** How a label is numbered: （三）, 三、, 3. or 3、 — half- or full-width. */
	static final String NUMBERING_FORMS = "[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\\d+[.、．]";
	private static final Pattern NUMBERING = Pattern.compile(NUMBERING_FORMS);
	private static final String QUOTE_CHARS = "\"'“”‘’「」";
	private static final Pattern SPACED = Pattern.compile("(?<=[\\p{IsHan}，。、；：（）《》“”])[ \\u00a0\\u3000]+(?=[\\p{IsHan}\\d，。、；：（）《》“”])"
			+ "|(?<=[\\p{IsHan}\\d，。、；：（）《》“”])[ \\u00a0\\u3000]+(?=[\\p{IsHan}，。、；：（）《》“”])");

	/** The text of a line as a report means it: conversion debris dropped, letter-spaced Chinese closed up, trimmed. */
	static String text(String printed) {
		String text = printed.replace('\u00a0', ' ');
		// the regexes only where they can match: they took a fifth of an import, on lines that mostly hold neither
		if (text.contains("[bookmark:")) {
			text = ARTEFACTS.matcher(text).replaceAll("");
		}
		if (text.indexOf(' ') >= 0 || text.indexOf('\u3000') >= 0) {
			text = SPACED.matcher(text).replaceAll("");
		}
		return text.strip();
	}

	/** NFKC, without blanks. */
	static String folded(String text) {
		return unspaced(Normalizer.normalize(text, Normalizer.Form.NFKC));
	}

	/** Without blanks. */
	static String unspaced(String text) {
		return without(text, BLANK_CHARS);
	}

	/** A label's key: folded, without numbering (一、 （三） 1.) and quotes. */
	static String key(String label) {
		String folded = folded(label);
		if (folded.indexOf('(') >= 0 || folded.indexOf('、') >= 0 || folded.indexOf('.') >= 0) {
			folded = NUMBERING.matcher(folded).replaceAll("");
		}
		return without(folded, QUOTE_CHARS);
	}

	/**
	 * The text without any of {@code chars}; the same string when it holds none. Hand-written: the regex of a character
	 * class ({@code [\s\u00a0\u3000]+}) was the largest single cost of an import.
	 */
	private static String without(String text, String chars) {
		int first = 0;
		while (first < text.length() && chars.indexOf(text.charAt(first)) < 0) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (chars.indexOf(c) < 0) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/** Length of the longest common subsequence of two keys. */
	static int common(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private Normal() {
	}
}
