package org.gongkai.language.tests.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Reports of the shapes that once cost more than their size (issue 10), grown to a given size in bytes: the same
 * cell written over and over, many columns, cells no table has, {@code ${…}} references (resolving, naming nothing,
 * left open), one very long text, many paragraphs, many sections, topics and header lines. The grammar nests nothing
 * deeper than a section's table or topics, so "deep" input is these long lists.
 */
final class HostileShapes {

	private static final String HEAD = """
			report "甲县2023" {
			  organ "甲县人民政府"
			  year 2023
			  issued 2024-01-27
			""";
	private static final String OVERVIEW = "  section overview { active \"主动\" apply \"依申请\" management \"管理\" platform \"平台\" oversight \"监督\" }\n";
	private static final String TABLES = "  section active < >\n  section apply < natural: new 1, other-handling 1 >\n";
	private static final String TAIL = "  section review < >\n  section problems \"无。\"\n  section other \"无。\"\n}\n";

	/** Shape name → the report of about {@code bytes} bytes. */
	static Map<String, String> of(int bytes) {
		Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
		shapes.put("duplicated cells", n -> HEAD + OVERVIEW + "  section active < >\n  section apply < natural: "
				+ repeat("new 1, ", n) + "new 1 >\n" + TAIL);
		shapes.put("repeated columns", n -> HEAD + OVERVIEW + "  section active < >\n  section apply < "
				+ repeat("natural: new 1, granted 1 ", n) + ">\n" + TAIL);
		shapes.put("unknown cells", n -> HEAD + OVERVIEW + "  section active < >\n  section apply < natural: "
				+ repeat("made 1, ", n) + "new 1 >\n" + TAIL);
		shapes.put("${…} references", n -> HEAD + topic(repeat("${apply.new}", n)) + TABLES + TAIL);
		shapes.put("${…} naming nothing", n -> HEAD + topic(repeat("${nothing.here}", n)) + TABLES + TAIL);
		shapes.put("${ left open", n -> HEAD + topic(repeat("${\n", n)) + TABLES + TAIL);
		shapes.put("one long text", n -> HEAD + topic(repeat("政府信息公开工作稳步推进。", n)) + TABLES + TAIL);
		shapes.put("many paragraphs", n -> HEAD + topic(repeat("一段。\n\n", n)) + TABLES + TAIL);
		shapes.put("many sections", n -> HEAD + OVERVIEW + TABLES + repeat("  section other \"无。\"\n", n) + TAIL);
		shapes.put("many topics", n -> HEAD + "  section overview { " + repeat("active \"主动\" ", n) + "}\n" + TABLES + TAIL);
		shapes.put("many header lines", n -> HEAD + repeat("  contact \"电话：0000\"\n", n) + OVERVIEW + TABLES + TAIL);
		Map<String, String> reports = new LinkedHashMap<>();
		shapes.forEach((name, shape) -> {
			// the shape's size is linear in n: two probes give the n that makes the size asked for
			int small = utf8(shape.apply(1));
			int per = utf8(shape.apply(101)) - small;
			reports.put(name, shape.apply(Math.max(1, (int) ((long) (bytes - small) * 100 / per))));
		});
		return reports;
	}

	private static String topic(String text) {
		return "  section overview { active \"" + text + "\" apply \"依申请\" management \"管理\" platform \"平台\" oversight \"监督\" }\n";
	}

	private static String repeat(String unit, int times) {
		return unit.repeat(times);
	}

	private static int utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	private HostileShapes() {
	}
}
