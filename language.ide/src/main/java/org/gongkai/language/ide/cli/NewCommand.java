package org.gongkai.language.ide.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.Skeleton;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai new --organ NAME --year YYYY [--level …] [--format 2021|2019] [-o FILE]} (LANGUAGE.md §7). */
@Command(name = "new", mixinStandardHelpOptions = true,
		description = {
				"新建一份年度报告：六个部分齐全，表格为空（全为 0），文字处为占位文字〔待填写〕（validate 会提示 text.placeholder），成文日期留作注释。",
				"写到 {机关}{年度}.gongkai（当前文件夹），或 -o 给出的文件；-o 是已有的文件夹时写到其中。已有的文件永不覆盖。",
				"退出状态：0 已创建，2 用法错误、文件已存在或无法写入。" })
public class NewCommand implements Callable<Integer> {

	enum Level {
		government, department, township
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--organ", required = true, paramLabel = "NAME", description = "机关名称，如 甲县人民政府")
	String organ;

	@Option(names = "--year", required = true, paramLabel = "YYYY", description = "报告年度，如 2024")
	int year;

	@Option(names = "--level", paramLabel = "government|department|township",
			description = "government 本级政府（3月31日前公布）、department 部门（1月31日前）、township 乡镇；默认按机关名称判断")
	Level level;

	@Option(names = "--format", paramLabel = "2021|2019", defaultValue = "2021",
			description = "年度报告格式：2021 国办公开办函〔2021〕30号（默认），2019 国办公开办函〔2019〕60号")
	int format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "写到这个文件（或这个已有文件夹中的默认文件名）")
	String output;

	@Override
	public Integer call() {
		String name = organ.strip();
		if (name.isEmpty() || name.contains("\n") || name.contains("\r")) {
			throw new CliProblem("--organ 须是一行机关名称");
		}
		if (year < 1000 || year > 9999) {
			throw new CliProblem("--year 须是四位数的年度，如 2024");
		}
		ReportFormat reportFormat = Formats.byId(format).orElseThrow(() -> new CliProblem("--format 只能是 2021 或 2019"));
		OrganLevel organLevel = level == null ? OrganLevel.fromOrganName(name) : OrganLevel.byKeyword(level.name()).orElseThrow();
		Path target = target(name);
		String display = target.toString();
		if (Files.exists(target) || Files.isSymbolicLink(target)) {
			throw new CliProblem(display + " 已存在，不会覆盖；请用 -o 另给一个文件名");
		}
		try {
			Path folder = target.toAbsolutePath().getParent();
			if (folder != null) {
				Files.createDirectories(folder);
			}
			AtomicWrite.createNew(target, Skeleton.of(name, year, reportFormat, organLevel).getBytes(StandardCharsets.UTF_8));
		} catch (FileAlreadyExistsException e) {
			throw new CliProblem(display + " 已存在，不会覆盖；请用 -o 另给一个文件名");
		} catch (IOException e) {
			throw new CliProblem("无法写入 " + display + "：" + AtomicWrite.reason(e));
		}
		spec.commandLine().getOut().println("已创建 " + display);
		spec.commandLine().getOut().flush();
		return GongkaiCli.OK;
	}

	/** {@code -o FILE}, {@code -o FOLDER/{机关}{年度}.gongkai}, or {@code {机关}{年度}.gongkai} here. */
	private Path target(String name) {
		String fileName = Skeleton.fileName(name, year);
		if (output == null) {
			return Path.of(fileName);
		}
		Path path = Path.of(output);
		return Files.isDirectory(path) ? path.resolve(fileName) : path;
	}
}
