package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.language.template.Block;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.PrintedLabels;

/**
 * How well a printed label names a template row or field, through the template's spellings only: its label, its
 * Chinese aliases and the labels real reports print instead ({@link PrintedLabels}). 3: the same words; 2: the label
 * holds one of the spellings (a group label before it: 三、本年度办理结果（一）予以公开); 1: most of the official label's
 * words in order (a character lost in print); 0: another label.
 */
final class Labels {

	static final int SAME = 3;
	static final int HOLDS = 2;
	static final int CLOSE = 1;

	private static final Map<Item, List<String>> SPELLINGS = new ConcurrentHashMap<>();

	static int score(String printed, Item item) {
		return scoreKey(Normal.key(printed), item);
	}

	/** {@link #score} of a label already made a key ({@link Normal#key}). */
	static int scoreKey(String key, Item item) {
		if (key.isEmpty()) {
			return 0;
		}
		List<String> spellings = SPELLINGS.computeIfAbsent(item, Labels::spellings);
		if (spellings.contains(key)) {
			return SAME;
		}
		for (String spelling : spellings) {
			if (spelling.length() >= 3 && key.contains(spelling)) {
				return HOLDS;
			}
		}
		String label = spellings.get(0);
		if (label.length() >= 4 && key.length() <= label.length() * 2 && Normal.common(key, label) * 10 >= label.length() * 8) {
			return CLOSE;
		}
		return 0;
	}

	/** Every spelling of every table item of every format, as keys: what a whole printed label may be. */
	private static final Set<String> WHOLE_LABELS = Formats.ALL.stream().flatMap(format -> format.parts().stream())
			.filter(part -> part.kind() == PartKind.TABLE).map(PartTemplate::table)
			.flatMap(table -> Stream.concat(table.columns().stream(), table.rows().stream())).flatMap(item -> spellings(item).stream())
			.collect(Collectors.toUnmodifiableSet());

	/** The fewest characters of a heading's first line that say it is one: fewer may begin a label. */
	private static final int WRAPPED_HEADING = 6;

	/** The keys of the tables' captions (第二十条第（一）项) and corners (信息内容): what starts a block's heading lines. */
	private static final Set<String> HEADINGS = Formats.ALL.stream().flatMap(format -> format.parts().stream())
			.filter(part -> part.kind() == PartKind.TABLE).map(PartTemplate::table)
			.flatMap(table -> Stream.concat(Stream.ofNullable(table.corner()), table.blocks().stream().map(Block::caption)))
			.filter(Objects::nonNull).map(Normal::key).filter(key -> !key.isEmpty()).collect(Collectors.toUnmodifiableSet());

	/**
	 * Whether the printed words start with a table's caption or corner ({@code 信息内容 本年处理决定数量}), or are the
	 * first line of one wrapped ({@code （本列数据的勾稽关系为：第一项加第二项之}): a heading, no label.
	 */
	static boolean isHeading(String printed) {
		String key = Normal.key(printed);
		return HEADINGS.stream().anyMatch(heading -> key.startsWith(heading) || key.length() >= WRAPPED_HEADING && heading.startsWith(key));
	}

	/** Whether the printed words are a whole label of some row, column or item of the tables (行政强制), not part of one. */
	static boolean isWhole(String printed) {
		return WHOLE_LABELS.contains(Normal.key(printed));
	}

	private static List<String> spellings(Item item) {
		List<String> spellings = new ArrayList<>();
		spellings.add(Normal.key(item.label()));
		item.term().aliases().forEach(alias -> spellings.add(Normal.key(alias)));
		PrintedLabels.of(item.term()).forEach(label -> spellings.add(Normal.key(label)));
		return spellings;
	}

	private Labels() {
	}
}
