package org.gongkai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartTemplate;

/**
 * The texts of parts 一, 五 and 六 as printed, one paragraph a line. Part 一 is split into its topics when the report
 * prints all of the format's topic headings （一）…（五） in order: the topic's words, or a heading line of its own in its
 * place (（五）及时回应关切，自觉接受监督); a heading may run on into its text after a colon or full stop.
 */
final class PartTexts {

	private static final String NUMERALS = "一二三四五六七八九十";
	private static final Pattern TOPIC = Pattern.compile("[(（]([一二三四五六七八九十])[)）]\\s*([^：:。]{1,24})(?:[：:。](.*))?");

	/** The paragraphs of a text part, without the signature and its date. */
	static List<String> paragraphs(List<String> lines, HeaderFacts facts) {
		List<String> paragraphs = new ArrayList<>();
		for (String line : lines) {
			String text = Normal.text(line);
			if (!text.isEmpty() && !text.equals(facts.organ()) && !text.matches("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日")) {
				paragraphs.add(text);
			}
		}
		return paragraphs;
	}

	/** Whether a paragraph is a report's opening: it says what the report is made under (条例) and what it is. */
	static boolean isOpening(String paragraph) {
		return paragraph.contains("政府信息公开条例") && paragraph.contains("报告") && paragraph.length() >= 40;
	}

	/** Each topic's paragraphs, in the template's order, or null when a topic heading is not found. */
	static Map<Item, List<String>> topics(List<String> paragraphs, PartTemplate overview) {
		List<Item> topics = overview.topics();
		if (topics.isEmpty()) {
			return null;
		}
		Map<Item, List<String>> texts = new LinkedHashMap<>();
		List<String> intro = new ArrayList<>();
		List<String> current = intro;
		for (String paragraph : paragraphs) {
			Matcher heading = TOPIC.matcher(paragraph);
			int next = texts.size();
			if (next < topics.size() && heading.matches() && heading.group(1).equals(String.valueOf(NUMERALS.charAt(next)))
					&& (Labels.score(heading.group(2), topics.get(next)) > 0 || heading.group(3) == null)) {
				current = new ArrayList<>(next == 0 ? intro : List.of());
				texts.put(topics.get(next), current);
				if (heading.group(3) != null && !heading.group(3).isBlank()) {
					current.add(heading.group(3).strip());
				}
				continue;
			}
			current.add(paragraph);
		}
		return texts.size() == topics.size() ? texts : null;
	}

	private PartTexts() {
	}
}
