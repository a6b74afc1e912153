package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gongkai.language.ide.input.ReportText;
import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.language.tally.RegisterSheet;
import org.gongkai.language.tally.RegisterTally;
import org.gongkai.language.tally.RegisterUnreadable;
import org.gongkai.language.tally.TallyResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai tally [--year YYYY] [--into REPORT.gongkai] [--chinese] REGISTER} (LANGUAGE.md §8): part 三 counted
 * from a register of applications ({@link RegisterTally}), printed, or put in place of a report's part 三.
 */
@Command(name = "tally", mixinStandardHelpOptions = true,
		description = { "按依申请公开登记台账（.xlsx 或 .csv，每件申请一行）统计年报第三部分“收到和处理政府信息公开申请情况”，打印 section apply < … >。",
				"台账的列按表头识别：收到日期（必填）、申请人类型（必填）、办理结果、办结日期；其他列不读。空白行、合计行跳过。",
				"--into 报告：把统计结果填入该报告的第三部分（原地改写，报告的其他内容一字不改），并列出改动的单元格。",
				"台账有错时列出每处错误（第几行、应当怎样写），不写任何内容。空台账可用 gongkai new --register 创建。",
				"退出状态：0 已统计（或已填入），1 台账有错，2 用法错误或无法读写文件。" })
public class TallyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@ParentCommand
	GongkaiCli parent;

	@Option(names = "--year", paramLabel = "YYYY", description = "统计的年度；默认取 --into 报告的年度，否则取台账中收到申请的唯一年度")
	Integer year;

	@Option(names = "--into", paramLabel = "REPORT", description = "填入这份报告（.gongkai）的第三部分，关键字与报告所用的（英文或中文）一致")
	String into;

	@Option(names = "--chinese", description = "打印时用中文关键字（默认英文关键字；用 --into 时随报告）")
	boolean chinese;

	@Parameters(paramLabel = "REGISTER", description = "登记台账：.xlsx 工作簿，或 UTF-8、GB18030 编码的 .csv")
	String register;

	@Override
	public Integer call() {
		if (year != null && (year < 1000 || year > 9999)) {
			throw new CliProblem("--year 须是四位数的年度，如 2024");
		}
		RegisterSheet sheet = sheet(parent.workingFolder.resolve(register));
		RegisterTally tally = parent.injector().getInstance(RegisterTally.class);
		PrintWriter out = spec.commandLine().getOut();
		if (into == null) {
			TallyResult result = tally.block(sheet, year, chinese);
			if (result.isRefused()) {
				return refused(result);
			}
			out.println(result.block());
			out.flush();
			return GongkaiCli.OK;
		}
		Path report = parent.workingFolder.resolve(into);
		String text = reportText(report);
		TallyResult result = tally.into(sheet, text, year);
		if (result.isRefused()) {
			return refused(result);
		}
		String changed = result.replacement().applyTo(text);
		if (changed.equals(text)) {
			out.println(into + " 的第三部分与台账 " + result.year() + " 年度的统计相同，未改动");
		} else {
			try {
				AtomicWrite.replace(report, ReportBytes.keepingMark(report, changed));
			} catch (IOException e) {
				throw new CliProblem("无法写入 " + into + "：" + AtomicWrite.reason(e));
			}
			out.println("已按台账填入 " + into + " 的第三部分（" + result.year() + " 年度），改动 " + result.changes().size() + " 个单元格：");
			result.changes().forEach(change -> out.println("  " + change));
		}
		out.flush();
		return GongkaiCli.OK;
	}

	private RegisterSheet sheet(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new CliProblem("找不到台账 " + register);
		}
		try {
			return RegisterSheet.read(file);
		} catch (RegisterUnreadable e) {
			throw new CliProblem(register + "：" + e.getMessage());
		} catch (IOException e) {
			throw new CliProblem("无法读取台账 " + register + "：" + ReportFiles.reason(e));
		}
	}

	private String reportText(Path report) {
		try {
			ReportText read = ReportText.read(report);
			if (read.warning() != null) {
				throw new CliProblem(into + "：" + read.warning() + "；未填入，以免改变文件的编码");
			}
			return read.text();
		} catch (ReportText.Unreadable e) {
			throw new CliProblem(into + "：" + e.getMessage());
		} catch (IOException e) {
			throw new CliProblem("无法读取报告 " + into + "：" + ReportFiles.reason(e));
		}
	}

	private Integer refused(TallyResult result) {
		PrintWriter out = spec.commandLine().getOut();
		result.problems().forEach(problem -> out.println((problem.row() > 0 ? register + " " : "") + problem));
		out.println("台账有 " + result.problems().size() + " 处错误，" + (into == null ? "未统计" : "未填入 " + into) + "；请按上面所说改正后再试");
		out.flush();
		return GongkaiCli.REPORT_ERRORS;
	}
}
