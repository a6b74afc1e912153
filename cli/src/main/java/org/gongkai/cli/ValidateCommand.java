package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.gongkai.language.ide.input.InputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gongkai validate [--format text|json] PATH...} (LANGUAGE.md §7). */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = {
				"检查年度报告：语法与规则。",
				"文件夹表示其下所有 *.gongkai 文件（没有时为其下已发布的报告 .txt/.html/.docx/.pdf）；上一年的报告在给出的文件及其所在文件夹的其他 .gongkai 文件中查找。",
				"已发布的报告（.txt 等）在内存中导入后检查：诊断指明原文件及其在官方表格中的位置，并为每份报告打印一行（机关、年度、错误、警告、导入存疑的格数）。",
				"退出状态：0 没有错误（可有警告），1 有报告存在错误，2 用法错误、无法读取的文件或其他问题。" })
public class ValidateCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Spec
	CommandSpec spec;

	@ParentCommand
	GongkaiCli parent;

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "输出格式：text（默认）或 json")
	Format format;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹")
	List<String> paths;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ReportFiles files = ReportFiles.collect(parent.workingFolder, paths);
		List<InputFile> given = files.given();
		BatchValidator.Result result = new BatchValidator(parent.injector())
				.validate(given, files.context(), Progress.of(err, parent.interactive, given.size()));
		List<FileDiagnostic> diagnostics = result.diagnostics();
		if (format == Format.json) {
			JsonOutput.print(diagnostics, out);
		} else {
			TextOutput.print(diagnostics, result.checked(), ImportSummary.lines(given, diagnostics), out);
		}
		out.flush();
		if (!result.problems().isEmpty()) {
			result.problems().forEach(problem -> err.println("gongkai: " + problem));
			return GongkaiCli.PROBLEM;
		}
		return diagnostics.stream().anyMatch(FileDiagnostic::isError) ? GongkaiCli.REPORT_ERRORS : GongkaiCli.OK;
	}
}
