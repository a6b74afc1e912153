package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.gongkai.language.formatting2.FormattedText;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.ide.input.ReportText;
import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.ide.output.CliProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai format [--check] PATH...}: lays report files out as the editors' "format" does ({@link FormattedText}),
 * rewriting each whole in place. A file that does not parse, is not UTF-8 or is no {@code .gongkai} file is left as
 * it is and named.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "按 Gongkai 的格式排版报告文件（与编辑器中的“格式化”相同：每级缩进两个空格，对齐各项），原地改写。",
				"只改空白和换行，不改内容；有语法错误的文件、不是 UTF-8 编码的文件不改动。",
				"退出状态：0 已排版（或本已整齐），1 用 --check 时有文件需要排版，2 有文件未能排版（语法错误、编码、无法读写）。" })
public class FormatCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@ParentCommand
	GongkaiCli parent;

	@Option(names = "--check", description = "只检查，不改写：列出需要排版的文件")
	boolean check;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件（.gongkai）或文件夹")
	List<String> paths;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		FormattedText formatter = parent.injector().getInstance(FormattedText.class);
		List<String> problems = new ArrayList<>();
		int untidy = 0;
		for (InputFile file : ReportFiles.collect(parent.workingFolder, paths).given()) {
			try {
				Optional<String> changed = formatted(file, formatter);
				if (changed.isPresent()) {
					untidy++;
					if (check) {
						out.println("需要排版 " + file.display());
					} else {
						AtomicWrite.replace(file.path(), ReportBytes.keepingMark(file.path(), changed.get()));
						out.println("已排版 " + file.display());
					}
				}
			} catch (CliProblem e) {
				problems.add(e.getMessage());
			} catch (ReportText.Unreadable e) {
				problems.add(file.display() + "：" + e.getMessage());
			} catch (IOException e) {
				problems.add(file.display() + "：" + AtomicWrite.reason(e));
			}
		}
		out.flush();
		problems.forEach(problem -> spec.commandLine().getErr().println("gongkai: " + problem));
		if (!problems.isEmpty()) {
			return GongkaiCli.PROBLEM;
		}
		return check && untidy > 0 ? GongkaiCli.REPORT_ERRORS : GongkaiCli.OK;
	}

	/** The file's text formatted, when that differs from the text. */
	private static Optional<String> formatted(InputFile file, FormattedText formatter) throws IOException {
		if (file.published()) {
			throw new CliProblem(file.display() + " 不是 .gongkai 报告文件，未排版（已发布的报告请先用 gongkai import 导入）");
		}
		ReportText read = ReportText.read(file.path());
		if (read.warning() != null) {
			throw new CliProblem(file.display() + "：" + read.warning() + "；未排版，以免改变文件的编码");
		}
		String text = read.text();
		String result = formatter.of(text)
				.orElseThrow(() -> new CliProblem(file.display() + " 有语法错误，未排版；请先改正 gongkai validate 列出的错误"));
		return result.equals(text) ? Optional.empty() : Optional.of(result);
	}
}
