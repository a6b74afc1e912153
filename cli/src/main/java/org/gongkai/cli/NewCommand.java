package org.gongkai.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.gongkai.language.ide.input.ParsedReport;
import org.gongkai.language.ide.input.ReportText;
import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.language.report.NextYear;
import org.gongkai.language.tally.EmptyRegister;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.Skeleton;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai new --organ NAME --year YYYY [--level …] [--format 2021|2019] [-o FILE]} (LANGUAGE.md §7), or
 * {@code gongkai new --from LAST.gongkai [-o FILE]}: next year's report started from last year's ({@link NextYear}), or
 * {@code gongkai new --register FILE.xlsx [--year YYYY]}: an empty register of applications ({@link EmptyRegister}).
 */
@Command(name = "new", mixinStandardHelpOptions = true,
		description = {
				"新建一份年度报告：六个部分齐全，表格为空（全为 0），文字处为占位文字〔待填写〕（validate 会提示 text.placeholder），成文日期留作注释。",
				"写到 {机关}{年度}.gongkai（当前文件夹），或 -o 给出的文件；-o 是已有的文件夹时写到其中。已有的文件永不覆盖。",
				"--from 上年报告：由上年报告开始下一年度的报告（机关、级别、网站、联系方式沿用上年，上年结转取自上年的结转下年度，现行有效件数取自上年），默认写在上年报告旁。",
				"--register 台账.xlsx：新建一份空的依申请公开登记台账（表头、申请人类型和办理结果的下拉列表、日期格式的日期列、工作表“说明”），供 gongkai tally 统计；可加 --year。",
				"退出状态：0 已创建，2 用法错误、文件已存在或无法写入。" })
public class NewCommand implements Callable<Integer> {

	enum Level {
		government, department, township
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--organ", paramLabel = "NAME", description = "机关名称，如 甲县人民政府")
	String organ;

	@Option(names = "--year", paramLabel = "YYYY", description = "报告年度，如 2024")
	Integer year;

	@Option(names = "--from", paramLabel = "FILE", description = "上年的报告（.gongkai）：由它开始下一年度的报告，机关、年度、级别都取自它")
	String from;

	@Option(names = "--register", paramLabel = "FILE.xlsx", description = "新建空的依申请公开登记台账（.xlsx），而不是报告")
	String register;

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
		if (register != null) {
			return emptyRegister();
		}
		if (from != null) {
			return fromLastYear();
		}
		if (organ == null || year == null) {
			throw new CliProblem("须给出 --organ 和 --year（或用 --from 给出上年的报告）");
		}
		String name = organ.strip();
		if (name.isEmpty() || name.contains("\n") || name.contains("\r")) {
			throw new CliProblem("--organ 须是一行机关名称");
		}
		if (year < 1000 || year > 9999) {
			throw new CliProblem("--year 须是四位数的年度，如 2024");
		}
		ReportFormat reportFormat = Formats.byId(format).orElseThrow(() -> new CliProblem("--format 只能是 2021 或 2019"));
		OrganLevel organLevel = level == null ? OrganLevel.fromOrganName(name) : OrganLevel.byKeyword(level.name()).orElseThrow();
		write(target(Skeleton.fileName(name, year)), Skeleton.of(name, year, reportFormat, organLevel));
		return GongkaiCli.OK;
	}

	private Integer fromLastYear() {
		if (organ != null || year != null || level != null) {
			throw new CliProblem("用 --from 时机关、年度和级别都取自上年的报告，不能再给 --organ、--year 或 --level");
		}
		Path last = Path.of(from);
		String text;
		try {
			text = ReportText.read(last).text();
		} catch (ReportText.Unreadable e) {
			throw new CliProblem("无法读取上年的报告 " + from + "：" + e.getMessage());
		} catch (IOException e) {
			throw new CliProblem("无法读取上年的报告 " + from + "：" + AtomicWrite.reason(e));
		}
		Injector injector = CommandLineSetup.injector();
		NextYear.Start start = ParsedReport.view(injector, URI.createFileURI(last.toAbsolutePath().toString()), text).flatMap(NextYear::of)
				.orElseThrow(() -> new CliProblem(from + " " + NextYear.NO_ORGAN_OR_YEAR));
		write(output == null ? last.resolveSibling(start.fileName()) : target(start.fileName()), start.text());
		return GongkaiCli.OK;
	}

	private Integer emptyRegister() {
		if (organ != null || from != null || level != null || output != null) {
			throw new CliProblem("用 --register 时只能再给 --year，不能给 --organ、--from、--level 或 -o");
		}
		if (!register.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			throw new CliProblem("--register 的文件名须以 .xlsx 结尾，如 2024年登记台账.xlsx");
		}
		if (year != null && (year < 1000 || year > 9999)) {
			throw new CliProblem("--year 须是四位数的年度，如 2024");
		}
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		try {
			EmptyRegister.write(year, workbook);
		} catch (IOException e) {
			throw new CliProblem("无法生成台账：" + AtomicWrite.reason(e));
		}
		write(Path.of(register), workbook.toByteArray(), "请另给一个文件名");
		return GongkaiCli.OK;
	}

	private void write(Path target, String text) {
		write(target, text.getBytes(StandardCharsets.UTF_8), "请用 -o 另给一个文件名");
	}

	/** Writes a file that must not exist yet, and says so. */
	private void write(Path target, byte[] bytes, String otherName) {
		String display = target.toString();
		if (Files.exists(target) || Files.isSymbolicLink(target)) {
			throw new CliProblem(display + " 已存在，不会覆盖；" + otherName);
		}
		try {
			Path folder = target.toAbsolutePath().getParent();
			if (folder != null) {
				Files.createDirectories(folder);
			}
			AtomicWrite.createNew(target, bytes);
		} catch (FileAlreadyExistsException e) {
			throw new CliProblem(display + " 已存在，不会覆盖；" + otherName);
		} catch (IOException e) {
			throw new CliProblem("无法写入 " + display + "：" + AtomicWrite.reason(e));
		}
		spec.commandLine().getOut().println("已创建 " + display);
		spec.commandLine().getOut().flush();
	}

	/** {@code -o FILE}, {@code -o FOLDER/{机关}{年度}.gongkai}, or {@code {机关}{年度}.gongkai} here. */
	private Path target(String fileName) {
		if (output == null) {
			return Path.of(fileName);
		}
		Path path = Path.of(output);
		return Files.isDirectory(path) ? path.resolve(fileName) : path;
	}
}
