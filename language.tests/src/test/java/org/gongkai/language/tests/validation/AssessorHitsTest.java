package org.gongkai.language.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gongkai.importer.Importer;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The assessor's rules (LANGUAGE.md §5) over every real report at hand: the published reports as published (seeds,
 * shared/reports, the crawled ones, imported as a user imports them) and every hand-written transcription and example.
 * Each hit is listed in src/test/resources/assessor-hits.txt, after reading the report, with its verdict in
 * docs/rules.md; a new hit, or one gone, fails here until it has been read too.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class AssessorHitsTest {

	private static final Set<String> CODES = Validation.ASSESSOR_CODES;
	private static final Path RESOURCES = Path.of("src", "test", "resources");
	private static final Path HITS = RESOURCES.resolve("assessor-hits.txt");

	@Inject
	private Validation validation;

	@Test
	void everyHitOnTheRealReportsIsOneReadAndListed() throws IOException {
		List<String> hits = new ArrayList<>();
		for (Path published : files(List.of(RESOURCES.resolve("published"), RESOURCES.resolve("crawled")), ".txt")) {
			hits.addAll(hits("imported " + published.getFileName(), Importer.importFile(published, false).source()));
		}
		for (Path written : files(List.of(Path.of("..", "examples"), RESOURCES.resolve("reports"), RESOURCES.resolve("crawled")), ".gongkai")) {
			hits.addAll(hits(written.getParent().getFileName() + "/" + written.getFileName(), Files.readString(written)));
		}
		List<String> listed = Files.readAllLines(HITS).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
		assertEquals(String.join("\n", listed), String.join("\n", hits));
	}

	/**
	 * {@code FILE code line «what the diagnostic marks»}, one per hit of the assessor's rules in the file's order; hits
	 * of one rule marking the same text in a row (the blank cells of a table) as one line, {@code ×N lines A–B}.
	 */
	private List<String> hits(String file, String text) {
		List<String> lines = new ArrayList<>();
		List<Issue> issues = validation.validate(text).issues().stream().filter(i -> CODES.contains(i.getCode())).toList();
		for (int i = 0; i < issues.size();) {
			Issue first = issues.get(i);
			String marked = marked(first, text);
			int j = i + 1;
			while (j < issues.size() && issues.get(j).getCode().equals(first.getCode()) && marked(issues.get(j), text).equals(marked)) {
				j++;
			}
			lines.add(j - i == 1 ? String.format("%s %s %d «%s»", file, first.getCode(), first.getLineNumber(), marked)
					: String.format("%s %s ×%d lines %d–%d «%s»", file, first.getCode(), j - i, first.getLineNumber(),
							issues.get(j - 1).getLineNumber(), marked));
			i = j;
		}
		return lines;
	}

	private static String marked(Issue issue, String text) {
		return text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()).replace("\n", " ");
	}

	private static List<Path> files(List<Path> folders, String extension) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : folders) {
			try (Stream<Path> listed = Files.list(folder)) {
				files.addAll(listed.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().collect(Collectors.toList()));
			}
		}
		return files;
	}
}
