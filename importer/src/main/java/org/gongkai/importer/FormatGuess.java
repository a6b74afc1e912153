package org.gongkai.importer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.template.Vocabulary;

/**
 * The format a report prints, from its own tables, not from its year: the labels of part 二 that only one format has
 * (本年新制作数量, 上一年项目数量, 政府集中采购 … for 2019; 本年制发件数, 现行有效件数 … for 2021), counted among the printed labels. Only
 * when none is printed does the year decide.
 */
final class FormatGuess {

	static ReportFormat of(List<Token> activeTokens, Integer year) {
		ReportFormat best = null;
		int bestCount = 0;
		boolean tie = false;
		List<String> keys = activeTokens.stream().filter(Token::isLabel).map(token -> Normal.key(token.text())).toList();
		for (ReportFormat format : Formats.ALL) {
			Set<String> others = Formats.ALL.stream().filter(f -> f != format).flatMap(f -> items(f).stream()).map(Item::keyword)
					.collect(Collectors.toSet());
			List<Item> own = items(format).stream().filter(item -> !others.contains(item.keyword())).toList();
			int count = (int) keys.stream().filter(key -> own.stream().anyMatch(item -> Labels.scoreKey(key, item) >= Labels.HOLDS)).count();
			if (count > bestCount) {
				best = format;
				bestCount = count;
				tie = false;
			} else if (count == bestCount && count > 0) {
				tie = true;
			}
		}
		if (best != null && !tie) {
			return best;
		}
		return Formats.ALL.stream().filter(f -> year != null && f.isMeantFor(year)).findFirst().orElse(Formats.DEFAULT);
	}

	private static List<Item> items(ReportFormat format) {
		TableTemplate active = format.table(Vocabulary.ACTIVE.keyword());
		return active.blocks().stream().flatMap(b -> java.util.stream.Stream.concat(b.rows().stream(), b.columns().stream())).toList();
	}

	private FormatGuess() {
	}
}
