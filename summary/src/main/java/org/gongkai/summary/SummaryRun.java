package org.gongkai.summary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.cli.CheckedReports;
import org.gongkai.cli.FileDiagnostic;
import org.gongkai.cli.GongkaiCli;
import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.summary.data.Diagnostics;
import org.gongkai.summary.data.FiguresReader;
import org.gongkai.summary.data.ReportFigures;
import org.gongkai.summary.hierarchy.AreaSums;
import org.gongkai.summary.output.AreaReportSource;
import org.gongkai.summary.output.CellsCsv;
import org.gongkai.summary.output.OutputPlan;
import org.gongkai.summary.output.OutputWriting;
import org.gongkai.summary.output.SummaryFile;
import org.gongkai.summary.output.SummaryWorkbook;
import org.gongkai.summary.output.html.SummaryPage;
import org.gongkai.summary.roster.Roster;
import org.gongkai.summary.roster.RosterCheck;

/** One run of {@code gongkai summary}: read and check the reports, then write what the summary is made of. */
final class SummaryRun {

	private final SummaryCommand options;

	SummaryRun(SummaryCommand options) {
		this.options = options;
	}

	int run(PrintWriter out, PrintWriter err, boolean interactive) {
		Path folder = Path.of(options.output);
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new CliProblem("-o " + options.output + " 不是文件夹");
		}
		if (options.year != null && (options.year < 1000 || options.year > 9999)) {
			throw new CliProblem("--year 应为四位数字的年份，如 2024");
		}
		if (options.organ != null && options.organ.isBlank()) {
			throw new CliProblem("--organ 应为机关名称，如 某县人民政府");
		}
		Roster roster = options.roster == null ? null : Roster.read(Path.of(options.roster));
		FiguresReader reader = new FiguresReader();
		CheckedReports.Result checked = CheckedReports.check(options.paths, err, interactive, reader);
		List<ReportFigures> reports = inOrderGiven(reader.reports(), checked);
		if (reports.isEmpty()) {
			checked.problems().forEach(problem -> err.println("gongkai: " + problem));
			err.println("gongkai: 没有可汇总的报告，没有写任何文件");
			return GongkaiCli.PROBLEM;
		}
		int year = options.year != null ? options.year : reports.stream().mapToInt(ReportFigures::year).max().orElse(0);
		List<ReportFigures> ofYear = reports.stream().filter(r -> r.year() == year).toList();
		List<FileDiagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
		List<FileDiagnostic> sums = roster == null ? List.of() : AreaSums.check(roster, reports);
		diagnostics.addAll(sums);
		SummaryData data = new SummaryData(reports, year, ofYear, new Diagnostics(diagnostics),
				roster == null ? null : new RosterCheck(roster, ofYear, year), checked.problems());
		List<SummaryFile> files = new ArrayList<>(List.of(SummaryFile.HTML, SummaryFile.XLSX, SummaryFile.CSV));
		if (options.organ != null) {
			files.add(SummaryFile.REPORT);
		}
		OutputPlan plan = OutputPlan.of(folder, files, checked.given(), options.force);
		sums.forEach(d -> out.println(d.printed()));
		if (!plan.refusals().isEmpty()) {
			out.flush();
			plan.refusals().forEach(refusal -> err.println("gongkai: " + refusal));
			err.println("gongkai: 没有写任何文件");
			return GongkaiCli.PROBLEM;
		}
		create(folder);
		Map<SummaryFile, AtomicWrite.Content> contents = new LinkedHashMap<>();
		contents.put(SummaryFile.HTML, stream -> SummaryPage.write(data, stream));
		contents.put(SummaryFile.XLSX, stream -> SummaryWorkbook.write(reports, data.diagnostics(), data.roster(), stream));
		contents.put(SummaryFile.CSV, stream -> CellsCsv.write(reports, stream));
		AreaReportSource.Written report = options.organ == null ? null : areaReport(ofYear, year);
		if (report != null) {
			contents.put(SummaryFile.REPORT, stream -> stream.write(report.source().getBytes(StandardCharsets.UTF_8)));
		}
		if (interactive && reports.size() > 1000) {
			err.println("正在写出 " + String.join("、", contents.keySet().stream().map(SummaryFile::fileName).toList()) + "……");
		}
		OutputWriting.write(plan, contents).forEach(path -> out.println("已写入 " + path));
		if (report != null) {
			long summed = ofYear.stream().filter(r -> !r.isArea()).count();
			out.println("  " + summed + " 份本级报告的表格之和" + (summed < ofYear.size() ? "（未计入 " + (ofYear.size() - summed)
					+ " 份写明 范围 汇总 的报告）" : ""));
			report.leftOut().forEach(line -> out.println("  " + line));
		}
		long failing = reports.stream().filter(r -> data.diagnostics().errors(r.file()) > 0).count();
		out.println("汇总了 " + reports.size() + " 份报告（" + year + " 年度 " + ofYear.size() + " 份）：有错误的 " + failing + " 份"
				+ (data.roster() == null ? "" : "；名单 " + data.roster().outcomes().size() + " 个机关，按时公布 "
						+ data.roster().count(RosterCheck.Status.ON_TIME) + "，逾期 " + data.roster().count(RosterCheck.Status.LATE)
						+ "，未找到 " + data.roster().count(RosterCheck.Status.MISSING) + "，不在名单中的报告 " + data.roster().strangers().size())
				+ (sums.isEmpty() ? "" : "；与所属机关之和不符的单元 " + sums.size() + " 个"));
		out.flush();
		if (!checked.problems().isEmpty()) {
			checked.problems().forEach(problem -> err.println("gongkai: " + problem));
			return GongkaiCli.PROBLEM;
		}
		return failing > 0 ? GongkaiCli.REPORT_ERRORS : GongkaiCli.OK;
	}

	/** The year's own reports summed ({@code scope area} ones would count their members twice), in the year's format. */
	private AreaReportSource.Written areaReport(List<ReportFigures> ofYear, int year) {
		ReportFormat format = Formats.ALL.stream().filter(f -> f.isMeantFor(year)).findFirst().orElse(Formats.DEFAULT);
		return AreaReportSource.of(options.organ.strip(), year, format, ofYear.stream().filter(r -> !r.isArea()).toList());
	}

	/** The reports in the order of the files given (the workers read them in any order). */
	private static List<ReportFigures> inOrderGiven(List<ReportFigures> read, CheckedReports.Result checked) {
		Map<String, Integer> order = new HashMap<>();
		for (int i = 0; i < checked.given().size(); i++) {
			order.put(checked.given().get(i).display(), i);
		}
		List<ReportFigures> reports = new ArrayList<>(read);
		reports.sort(Comparator.comparingInt(r -> order.getOrDefault(r.file(), Integer.MAX_VALUE)));
		return reports;
	}

	private static void create(Path folder) {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new CliProblem("无法创建文件夹 " + folder + "：" + AtomicWrite.reason(e));
		}
	}

}
