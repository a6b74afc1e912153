package org.gongkai.importer;

import java.util.List;
import java.util.Map;

import org.gongkai.language.template.Item;
import org.gongkai.language.template.ReportFormat;

/**
 * What the importer read from a published report: its format (from the table's own shape), header facts, texts
 * (part 一 as topics or as one text; null for a part not found) and tables by part keyword.
 */
record ImportedReport(String file, ReportFormat format, HeaderFacts facts, Map<Item, List<String>> topics,
		List<String> overview, Map<String, ImportedTable> tables, List<String> problems, List<String> other) {

	int unsureCells() {
		return tables.values().stream().mapToInt(ImportedTable::unsureCells).sum();
	}

	List<String> doubts() {
		return tables.values().stream().flatMap(t -> t.allDoubts().stream()).toList();
	}
}
