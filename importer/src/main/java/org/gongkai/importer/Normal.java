package org.gongkai.importer;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** How the importer compares printed words: full-width forms folded (NFKC), blanks, numbering and quotes dropped. */
final class Normal {

	private static final Pattern ARTEFACTS = Pattern.compile("\\[bookmark:[^\\]]*\\]");
	private static final Pattern BLANKS = Pattern.compile("[\\s\\u00a0\\u3000]+");
	/** How a label is numbered: （三）, 三、, 3. or 3、 — half- or full-width. */
	static final String NUMBERING_FORMS = "[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\\d+[.、．]";
	private static final Pattern NUMBERING = Pattern.compile(NUMBERING_FORMS);
	private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」]");
	private static final Pattern SPACED = Pattern.compile("(?<=[\\p{IsHan}，。、；：（）《》“”])[ \\u00a0\\u3000]+(?=[\\p{IsHan}\\d，。、；：（）《》“”])"
			+ "|(?<=[\\p{IsHan}\\d，。、；：（）《》“”])[ \\u00a0\\u3000]+(?=[\\p{IsHan}，。、；：（）《》“”])");

	/** The text of a line as a report means it: conversion debris dropped, letter-spaced Chinese closed up, trimmed. */
	static String text(String printed) {
		String text = ARTEFACTS.matcher(printed.replace('\u00a0', ' ')).replaceAll("");
		return SPACED.matcher(text).replaceAll("").strip();
	}

	/** NFKC, without blanks. */
	static String folded(String text) {
		return BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
	}

	/** A label's key: folded, without numbering (一、 （三） 1.) and quotes. */
	static String key(String label) {
		return QUOTES.matcher(NUMBERING.matcher(folded(label)).replaceAll("")).replaceAll("");
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
