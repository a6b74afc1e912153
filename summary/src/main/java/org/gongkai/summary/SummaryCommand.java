package org.gongkai.summary;

import java.util.List;
import java.util.concurrent.Callable;

import org.gongkai.cli.ContributedCommand;
import org.gongkai.cli.GongkaiCli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gongkai summary [-o DIR] [--roster FILE] [--organ NAME] [--year YYYY] [--force] PATH...} (LANGUAGE.md §7). */
@Command(name = "summary", mixinStandardHelpOptions = true,
		description = {
				"汇总多个机关的年度报告：检查每份报告（同 validate），写出 summary.html（总计、图表、各机关、违反规则的情况、诊断；不需联网即可打开）、"
						+ "summary.xlsx（每份报告一行、每个表格单元一列，另有诊断表）和 cells.csv（每个单元一行）。",
				"也接受已发布的报告（.txt .html .docx .pdf，在内存中导入）。总计按 --year 的年度（默认为报告中最新的年度）；比例由合计数算出。",
				"--roster：应公布报告的机关名单（CSV 或 XLSX：机关名称、级别、上级机关、公布期限），列出按时、逾期、未找到的机关和不在名单中的报告；"
						+ "写明 范围 汇总（scope area）的报告与其所属机关报告之和逐格比较（summary.sum）。",
				"--organ：另写 汇总.gongkai，即该年度各本级报告表格之和（格式不同而含义不同的单元不计入，文件中注明），可照常检查和生成。",
				"已有的同名文件只有是 Gongkai 写的才覆盖，否则须加 --force；输入的报告永不覆盖。",
				"退出状态：0 已写出（没有报告有错误），1 已写出、有报告存在错误，2 用法错误、无法读取的文件（其余报告照常汇总）、拒绝覆盖（不写任何文件）或其他问题。" })
public class SummaryCommand implements Callable<Integer>, ContributedCommand {

	@Spec
	CommandSpec spec;

	@ParentCommand
	GongkaiCli parent;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = ".", description = "输出文件夹（没有则创建）；默认为当前文件夹")
	String output;

	@Option(names = "--roster", paramLabel = "FILE", description = "应公布报告的机关名单：.csv 或 .xlsx")
	String roster;

	@Option(names = "--organ", paramLabel = "NAME", description = "汇总报告的机关名称，如 某县人民政府；给出时写 汇总.gongkai")
	String organ;

	@Option(names = "--year", paramLabel = "YYYY", description = "总计、名单和汇总报告的年度；默认为报告中最新的年度")
	Integer year;

	@Option(names = "--force", description = "覆盖不是 Gongkai 写的同名文件（输入的报告仍不覆盖）")
	boolean force;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（文件夹表示其下所有 *.gongkai 文件，没有时为其下已发布的报告）")
	List<String> paths;

	@Override
	public Integer call() {
		return new SummaryRun(this).run(spec.commandLine().getOut(), spec.commandLine().getErr(), parent != null && parent.interactive());
	}
}
