package org.gongkai.language.tests.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.tests.cli.CliRun;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code gongkai tally} against a count written here from LANGUAGE.md §8, on random registers over the years Y−1 to
 * Y+1 (applications open and closed, some across a year's end): the tally of Y is that count, the report it fills has
 * no {@code apply.*} diagnostic, and the tally of Y+1 from the same register agrees with Y's 结转下年度. Each register
 * comes from a seed of its own, which the test's name gives, so that a failing one can be made again.
 */
class TallyPropertiesTest {

	private static final TableTemplate APPLY = Formats.DEFAULT.table("apply");
	private static final Pattern CELL = Pattern.compile("([a-z-]+) (\\d+)");

	/** An application as generated: its column and outcome row (null while open) and dates. */
	record Generated(Item applicant, String applicantWord, Item outcome, String outcomeWord, LocalDate received, LocalDate closed,
			int dateShape) {
	}

	private static final int REGISTERS = 20;

	@TestFactory
	Stream<DynamicTest> theTallyIsTheCountAndBalances() {
		return IntStream.rangeClosed(1, REGISTERS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
			Random random = new Random(seed);
			int year = 2021 + random.nextInt(10);
			List<Generated> applications = Stream.generate(() -> application(random)).limit(random.nextInt(41)).toList();
			tallied(year, applications, random.nextBoolean());
		}));
	}

	private static void tallied(int year, List<Generated> applications, boolean excelDates) throws IOException {
		List<Generated> dated = applications.stream().map(a -> shifted(a, year)).toList();
		Path dir = Files.createTempDirectory("tally");
		try {
			RegisterFile register = new RegisterFile();
			dated.forEach(a -> register.add(line(a)));
			if (!excelDates) {
				register.datesAsText();
			}
			Path workbook = register.writeXlsx(dir.resolve("台账.xlsx"));

			CliRun printed = CliRun.of("tally", "--year", String.valueOf(year), workbook.toString());
			assertEquals(0, printed.exit(), printed.out() + printed.err());
			assertEquals(count(dated, year), cells(printed.out()));

			Path report = dir.resolve("a.gongkai");
			assertEquals(0, CliRun.of("new", "--organ", "甲县人民政府", "--year", String.valueOf(year), "-o", report.toString()).exit());
			CliRun into = CliRun.of("tally", "--into", report.toString(), workbook.toString());
			assertEquals(0, into.exit(), into.out() + into.err());
			CliRun validated = CliRun.of("validate", report.toString());
			assertFalse(validated.out().contains("[apply."), validated.out());

			CliRun next = CliRun.of("new", "--from", report.toString());
			assertEquals(0, next.exit(), next.err());
			Path nextReport = Files.list(dir).filter(p -> p.toString().endsWith((year + 1) + ".gongkai")).findFirst().orElseThrow();
			assertEquals(0, CliRun.of("tally", "--into", nextReport.toString(), workbook.toString()).exit());
			CliRun both = CliRun.of("validate", dir.toString());
			assertFalse(both.out().contains("[previous.carried]") || both.out().contains("[previous.unresolved]"), both.out());
			assertFalse(both.out().contains("[apply."), both.out());
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static Generated application(Random random) {
		List<Item> columns = APPLY.columns().stream().filter(c -> !c.keyword().equals("total")).toList();
		List<Item> outcomes = APPLY.totalRowTerms();
		Item applicant = columns.get(random.nextInt(columns.size()));
		Item outcome = random.nextInt(10) < 3 ? null : outcomes.get(random.nextInt(outcomes.size()));
		int spelling = random.nextInt(11);
		LocalDate received = day(random.nextInt(3), dayOfYear(random));
		LocalDate closing = day(random.nextInt(4), dayOfYear(random));
		return new Generated(applicant, applicantWord(applicant, spelling), outcome, outcome == null ? "" : outcomeWord(outcome, spelling),
				received, outcome == null ? null : closing.isBefore(received) ? received : closing, random.nextInt(4));
	}

	/** A day of the year, often the first or the last, where the counting changes. */
	private static int dayOfYear(Random random) {
		return switch (random.nextInt(5)) {
		case 0 -> 1;
		case 1 -> 365;
		default -> 1 + random.nextInt(365);
		};
	}

	/** A day of the years 2000 to 2003, moved to the years Y−1 to Y+2 by {@link #shifted}. */
	private static LocalDate day(int year, int dayOfYear) {
		return LocalDate.ofYearDay(2000 + year, 1).plusDays(dayOfYear - 1L);
	}

	/** Dates generated from 2000-01-01 moved to start on 1 January of Y−1. */
	private static Generated shifted(Generated a, int year) {
		int years = year - 1 - 2000;
		return new Generated(a.applicant(), a.applicantWord(), a.outcome(), a.outcomeWord(), a.received().plusYears(years),
				a.closed() == null ? null : a.closed().plusYears(years), a.dateShape());
	}

	private static String applicantWord(Item column, int spelling) {
		List<String> words = new ArrayList<>(List.of(column.label(), column.keyword(), column.term().alias()));
		words.addAll(column.words());
		return words.get(spelling % words.size());
	}

	private static String outcomeWord(Item row, int spelling) {
		List<String> words = new ArrayList<>(List.of(row.label(), row.keyword(), row.term().alias(), row.fullLabel()));
		if (row.groups().size() > 1) {
			words.add(row.groups().get(row.groups().size() - 1).label() + "-" + row.label());
		}
		return words.get(spelling % words.size());
	}

	private static RegisterFile.Line line(Generated a) {
		return new RegisterFile.Line(date(a.received(), a.dateShape()), a.applicantWord(), a.outcomeWord(),
				a.closed() == null ? "" : date(a.closed(), 3 - a.dateShape()));
	}

	private static String date(LocalDate date, int shape) {
		return switch (shape) {
		case 0 -> date.toString();
		case 1 -> date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
		case 2 -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
		default -> date.toString().replace("-", "");
		};
	}

	/** LANGUAGE.md §8's counting, cell by cell, for the applicant's column and the total column; zeros left out. */
	private static Map<String, Integer> count(List<Generated> applications, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		Map<String, Integer> cells = new HashMap<>();
		for (Generated a : applications) {
			List<String> rows = new ArrayList<>();
			if (!a.received().isBefore(first) && !a.received().isAfter(last)) {
				rows.add("new");
			}
			if (a.received().isBefore(first) && (a.closed() == null || !a.closed().isBefore(first))) {
				rows.add("carried");
			}
			if (a.closed() != null && !a.closed().isBefore(first) && !a.closed().isAfter(last)) {
				rows.add(a.outcome().keyword());
				rows.add("total");
			}
			if (!a.received().isAfter(last) && (a.closed() == null || a.closed().isAfter(last))) {
				rows.add("next");
			}
			for (String row : rows) {
				cells.merge(a.applicant().keyword() + " " + row, 1, Integer::sum);
				cells.merge("total " + row, 1, Integer::sum);
			}
		}
		return cells;
	}

	/** The cells of a printed {@code section apply} block, zeros left out. */
	private static Map<String, Integer> cells(String block) {
		assertTrue(block.startsWith("section apply <"), block);
		Map<String, Integer> cells = new HashMap<>();
		String column = null;
		for (String line : block.lines().skip(1).toList()) {
			String rest = line;
			int colon = line.indexOf(':');
			if (colon >= 0) {
				column = line.substring(0, colon).strip();
				rest = line.substring(colon + 1);
			}
			Matcher m = CELL.matcher(rest);
			while (m.find()) {
				if (!m.group(2).equals("0")) {
					cells.put(column + " " + m.group(1), Integer.parseInt(m.group(2)));
				}
			}
		}
		return cells;
	}
}
