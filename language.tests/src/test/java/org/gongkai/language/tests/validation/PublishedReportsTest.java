package org.gongkai.language.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.PreviousReports;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Six more published reports (shared/reports), transcribed under src/test/resources/reports: the diagnostics their
 * EXPECTED.md lists, found by an independent arithmetic check. Consecutive years of one organ sit in one folder,
 * so the cross-year rules run too (and find nothing to say).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class PublishedReportsTest {

	private static final Path REPORTS = Path.of("src", "test", "resources", "reports");

	@Inject
	private Validation validation;

	@Inject
	private PreviousReports previousReports;

	@Test
	void pingtan2019() throws IOException {
		assertEquals("warning issued.missing", places("01_pingtan_2019"));
	}

	@Test
	void pingtan2020() throws IOException {
		assertEquals("""
				error apply.total-row @ natural.total
				error apply.total-row @ total.total
				warning issued.missing""", places("02_pingtan_2020"));
	}

	@Test
	void pingtan2022() throws IOException {
		// part 一 says 收到政府信息公开申请75件, the table 本年新收 74 (74 + 1 carried is 75, which the sentence does not say)
		assertEquals("warning issued.missing\nwarning text.number", places("03_pingtan_2022"));
	}

	@Test
	void hongzequ2023() throws IOException {
		assertEquals("""
				error review.total @ reconsideration.total
				error review.total @ suit-after-review.total
				warning issued.missing
				warning text.assessment""", places("04_hongzequ_2023"));
	}

	@Test
	void hongzequ2024() throws IOException {
		assertEquals("warning issued.missing", places("05_hongzequ_2024"));
	}

	@Test
	void shuyangDevelopmentAndReform2023() throws IOException {
		// part 三 prints the five columns nobody applied in (商业企业 … 其他) empty: 5 × 25 cells
		String places = places("06_shuyangxian-fagaiju_2023");
		assertEquals(125, places.lines().filter(p -> p.startsWith("warning cell.blank @ ")).count(), places);
		assertEquals("", places.lines().filter(p -> !p.startsWith("warning cell.blank @ ")).collect(Collectors.joining("\n")));
	}

	@Test
	void lastYearsReportIsFoundByOrganAndYear() throws IOException {
		Report hongzequ2024 = (Report) validation.validate(REPORTS.resolve("05_hongzequ_2024.gongkai")).resource().getContents().get(0);
		assertEquals("洪泽区2023", previousReports.find(hongzequ2024).report().map(Report::getName).orElse("not found"));
	}

	private String places(String report) throws IOException {
		return validation.validate(REPORTS.resolve(report + ".gongkai")).places();
	}
}
