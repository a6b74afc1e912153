package org.gongkai.language.template;

import java.util.List;
import java.util.Map;

/**
 * What a new report takes over instead of starting empty (next year's report from last year's): comment lines for its
 * top, header entries as source ({@code previous "甲县2023"}, in the order given) and cells as source, by part, column
 * and row ({@code apply → natural → carried → 2}), each map in the template's order.
 */
public record Prefill(List<String> comments, Map<String, String> header, Map<String, Map<String, Map<String, String>>> cells) {

	public static final Prefill NONE = new Prefill(List.of(), Map.of(), Map.of());
}
