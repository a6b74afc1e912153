package org.gongkai.language.template;

import java.util.List;
import java.util.Optional;

/**
 * One official format of the report (国办公开办函〔2019〕60号, 〔2021〕30号): the six parts and their tables,
 * and the report years it is meant for ({@code lastYear} is null while it is the current format).
 */
public record ReportFormat(int id, String notice, int firstYear, Integer lastYear, List<PartTemplate> parts) {

	public Optional<PartTemplate> part(String keyword) {
		for (PartTemplate part : parts) {
			if (part.keyword().equals(keyword)) {
				return Optional.of(part);
			}
		}
		return Optional.empty();
	}

	/** The part a writer named by keyword, alias or heading. */
	public Optional<PartTemplate> partSpelled(String spelling) {
		return parts.stream().filter(p -> p.term().spellings().anyMatch(spelling::equals) || p.heading().equals(spelling))
				.findFirst();
	}

	public TableTemplate table(String partKeyword) {
		return part(partKeyword).map(PartTemplate::table).orElseThrow();
	}

	public boolean isMeantFor(int reportYear) {
		return reportYear >= firstYear && (lastYear == null || reportYear <= lastYear);
	}
}
