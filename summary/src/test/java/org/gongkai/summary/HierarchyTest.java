package org.gongkai.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.language.tests.Reports;
import org.gongkai.language.tests.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.sum: an area report (scope area) against the sum of its members' reports; a self report never. */
class HierarchyTest {

	@TempDir
	Path folder;

	@Test
	void anAreaReportThatDiffersFromItsMembersSum() throws Exception {
		Path reports = folder.resolve("reports");
		member(reports, "jia", "甲县人民政府", "natural: new 3, granted 3");
		member(reports, "yi", "乙县人民政府", "natural: new 4, granted 4");
		// the city's own report (本级) is not its counties' sum and is never compared; the computed totals of the area report
		// differ too, and are placed on its table
		SummaryFiles.write(reports, "city.gongkai", Reports.report().name("某市2023").header("  organ \"某市人民政府\"\n  year 2023\n  issued 2024-01-20")
				.apply("section apply < natural: new 1, granted 1 >").text());
		SummaryFiles.write(reports, "city-area.gongkai", Reports.report().name("某市2023汇总")
				.header("  organ \"某市人民政府\"\n  year 2023\n  scope area\n  issued 2024-03-01")
				.apply("section apply <\n    natural: new 9, granted 7, partial 2\n  >").text());
		Path roster = SummaryFiles.write(folder, "roster.csv", "某市人民政府,本级政府,\n甲县人民政府,本级政府,某市人民政府\n乙县人民政府,本级政府,某市人民政府\n");
		CliRun run = CliRun.of("summary", "--roster", roster.toString(), "-o", folder.resolve("out").toString(), reports.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		List<String> warnings = run.out().lines().filter(l -> l.endsWith("[summary.sum]")).toList();
		String file = reports.resolve("city-area.gongkai").toString();
		assertEquals(List.of(
				file + ":9:1: warning: 汇总报告的「三·自然人·一、本年新收政府信息公开申请数量」为 9，但所属 2 个机关的报告之和为 7（甲县人民政府 3、乙县人民政府 4） [summary.sum]",
				file + ":9:1: warning: 汇总报告的「三·自然人·（二）部分公开（区分处理的，只计这一情形，不计其他情形）」为 2，但所属 2 个机关的报告之和为 0（均为 0） [summary.sum]",
				file + ":8:1: warning: 汇总报告的「三·自然人·（七）总计」为 9，但所属 2 个机关的报告之和为 7（甲县人民政府 3、乙县人民政府 4） [summary.sum]",
				file + ":8:1: warning: 汇总报告的「三·总计·一、本年新收政府信息公开申请数量」为 9，但所属 2 个机关的报告之和为 7（甲县人民政府 3、乙县人民政府 4） [summary.sum]",
				file + ":8:1: warning: 汇总报告的「三·总计·（二）部分公开（区分处理的，只计这一情形，不计其他情形）」为 2，但所属 2 个机关的报告之和为 0（均为 0） [summary.sum]",
				file + ":8:1: warning: 汇总报告的「三·总计·（七）总计」为 9，但所属 2 个机关的报告之和为 7（甲县人民政府 3、乙县人民政府 4） [summary.sum]"),
				warnings);
		assertTrue(run.lastOutLine().endsWith("与所属机关之和不符的单元 6 个"), run.lastOutLine());
		assertTrue(SummaryFiles.page(folder.resolve("out")).select("table.rules").text().contains("summary.sum"));
	}

	private static void member(Path folder, String file, String organ, String natural) throws Exception {
		SummaryFiles.write(folder, file + ".gongkai", Reports.report().name(file).header("  organ \"" + organ + "\"\n  year 2023\n  issued 2024-01-20")
				.apply("section apply < " + natural + " >").text());
	}
}
