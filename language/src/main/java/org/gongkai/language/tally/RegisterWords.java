package org.gongkai.language.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.language.template.Group;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;

/**
 * The words a register may write for part 三's applicant columns and outcome rows, all from the template model: a
 * column by its label, keyword or everyday word (个人); an outcome row by its label with or without numbering and
 * group (不予公开-属于国家秘密), or its keyword. A word that fits several (法人或其他组织) is ambiguous.
 */
public final class RegisterWords {

	private final TableTemplate table;
	private final Map<String, Set<Item>> applicants = new LinkedHashMap<>();
	private final Map<String, Set<Item>> outcomes = new LinkedHashMap<>();

	public RegisterWords(TableTemplate table) {
		this.table = table;
		for (Item column : applicantColumns(table)) {
			Stream.concat(spellings(column), column.words().stream()).forEach(w -> add(applicants, w, column));
			column.groups().forEach(g -> add(applicants, g.label(), column));
		}
		for (Item row : table.totalRowTerms()) {
			outcomeSpellings(row).forEach(w -> add(outcomes, w, row));
		}
	}

	/** The columns of the applicants, without the total column. */
	public static List<Item> applicantColumns(TableTemplate table) {
		return table.columns().stream().filter(c -> table.totalColumn().map(t -> !t.equals(c)).orElse(true)).toList();
	}

	public TableTemplate table() {
		return table;
	}

	/** The register's entries read as applications, or the problems of the rows whose words are not the table's. */
	public List<Application> applications(List<RegisterEntry> entries, List<TallyProblem> problems) {
		List<Application> applications = new ArrayList<>(entries.size());
		for (RegisterEntry entry : entries) {
			int before = problems.size();
			Item applicant = applicant(entry, problems);
			Item outcome = entry.outcome().isEmpty() ? null : outcome(entry, problems);
			if (problems.size() == before) {
				applications.add(new Application(entry.row(), entry.received(), applicant, outcome, entry.closed()));
			}
		}
		return applications;
	}

	private Item applicant(RegisterEntry entry, List<TallyProblem> problems) {
		Set<Item> found = applicants.getOrDefault(Normalized.of(entry.applicant()), Set.of());
		if (found.size() == 1) {
			return found.iterator().next();
		}
		String accepted = applicantColumns(table).stream().map(Item::label).collect(Collectors.joining("、"));
		String everyday = applicantColumns(table).stream().flatMap(c -> c.words().stream()).collect(Collectors.joining("、"));
		if (found.isEmpty()) {
			problems.add(new TallyProblem(entry.row(), "申请人类型“" + entry.applicant() + "”不是表中的一类；请写 " + accepted
					+ " 之一" + (everyday.isEmpty() ? "" : "（也可写 " + everyday + "）")));
		} else {
			problems.add(new TallyProblem(entry.row(), "申请人类型“" + entry.applicant() + "”不清楚是哪一类（可能是 "
					+ found.stream().map(Item::label).collect(Collectors.joining("、")) + "）；请写明其中之一"));
		}
		return null;
	}

	private Item outcome(RegisterEntry entry, List<TallyProblem> problems) {
		Set<Item> found = outcomes.getOrDefault(Normalized.of(entry.outcome()), Set.of());
		if (found.size() == 1) {
			return found.iterator().next();
		}
		if (found.isEmpty()) {
			problems.add(new TallyProblem(entry.row(), "办理结果“" + entry.outcome() + "”不是表中的一项；请写 " + outcomeNames()
					+ " 之一（也可带上分组，如 " + example() + "）"));
		} else {
			problems.add(new TallyProblem(entry.row(), "办理结果“" + entry.outcome() + "”不清楚是哪一项（可能是 "
					+ found.stream().map(RegisterWords::printed).collect(Collectors.joining("、")) + "）；请写明其中之一"));
		}
		return null;
	}

	/** The outcome rows as a new register's drop-down lists them: 不予公开-属于国家秘密. */
	public List<String> outcomeChoices() {
		return table.totalRowTerms().stream().map(RegisterWords::printed).toList();
	}

	public List<String> applicantChoices() {
		return applicantColumns(table).stream().map(Item::label).toList();
	}

	private String outcomeNames() {
		return table.totalRowTerms().stream().map(r -> r.term().alias()).collect(Collectors.joining("、"));
	}

	private String example() {
		return table.totalRowTerms().stream().filter(r -> r.groups().size() > 1).findFirst().map(RegisterWords::printed).orElse("");
	}

	/** An outcome row with its innermost group: 不予公开-属于国家秘密, or its label alone outside a group: 予以公开. */
	static String printed(Item row) {
		return innermost(row).map(g -> g.label() + "-" + shortLabel(row)).orElse(shortLabel(row));
	}

	private static String shortLabel(Item row) {
		return row.label().replaceAll("（.*）$", "");
	}

	private static Optional<Group> innermost(Item row) {
		return row.groups().size() > 1 ? Optional.of(row.groups().get(row.groups().size() - 1)) : Optional.empty();
	}

	private static Stream<String> spellings(Item item) {
		return Stream.concat(item.term().spellings(), Stream.of(item.label(), item.fullLabel()));
	}

	private static Stream<String> outcomeSpellings(Item row) {
		Set<String> words = new LinkedHashSet<>();
		spellings(row).forEach(words::add);
		words.add(shortLabel(row));
		words.add(printed(row));
		innermost(row).ifPresent(g -> {
			for (String group : List.of(g.label(), g.fullLabel())) {
				for (String label : List.of(row.label(), row.fullLabel(), shortLabel(row))) {
					words.add(group + label);
				}
			}
		});
		String allGroups = row.groups().stream().map(Group::fullLabel).collect(Collectors.joining());
		words.add(allGroups + row.fullLabel());
		return words.stream();
	}

	private static void add(Map<String, Set<Item>> words, String word, Item item) {
		String normal = Normalized.of(word);
		if (!normal.isEmpty()) {
			words.computeIfAbsent(normal, w -> new LinkedHashSet<>()).add(item);
		}
	}
}
