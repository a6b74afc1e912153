package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.gongkai.importer.ImportTargets;
import org.gongkai.importer.Importer;
import org.gongkai.language.ide.input.PublishedKinds;
import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.ide.output.CliProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gongkai import [-o DIR|FILE] [--to gongkai,json] [--chinese] [--force] PATH...} (LANGUAGE.md §7). */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = {
				"把已发布的年度报告（Word .docx、网页 .html、PDF、复制出的 .txt）转成 .gongkai 文件：表格的每一格照印出的写（合计照抄、不计算，空格写 -，注和单位保留），",
				"机关、年度、格式（按表格本身的栏目判断）、成文日期、网站、联系方式、前言和各部分文字一并读出；拿不准的格加注释 // 导入：… 并给出警告。",
				"默认写到输入文件旁的 名称.gongkai；已有的文件永不覆盖。--to json 另写出报告数据及其诊断（同 generate --to json 的格式）。",
				"退出状态：0 已导入（可有警告），2 用法错误、找不到年度报告的表格、文件已存在或无法读写（此时不写任何文件）。" })
public class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@ParentCommand
	GongkaiCli parent;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR|FILE", description = "输出文件夹（已有的或以 / 结尾），或只导入一个文件时的输出文件名")
	String output;

	@Option(names = "--to", split = ",", paramLabel = "FORMAT", defaultValue = "gongkai", description = "写出的格式，逗号分隔：gongkai（默认）、json")
	List<String> to;

	@Option(names = "--chinese", description = "用中文关键字写 .gongkai（默认英文关键字）")
	boolean chinese;

	@Option(names = "--force", description = "覆盖不是 Gongkai 写出的同名 .json（.gongkai 文件仍永不覆盖）")
	boolean force;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "已发布的报告文件，或文件夹（其下所有 .txt/.html/.docx/.pdf）")
	List<String> paths;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Set<String> formats = formats();
		List<Path> inputs = inputs();
		if (output != null && !isFolder(output) && inputs.size() > 1) {
			throw new CliProblem("-o " + output + " 不是文件夹，只能用于导入一个文件");
		}
		Map<Path, Importer.Imported> imported = new LinkedHashMap<>();
		for (Path input : inputs) {
			try {
				imported.put(input, Importer.importFile(input, chinese));
			} catch (IOException e) {
				throw new CliProblem("无法导入 " + input + "：" + ReportFiles.reason(e) + "；没有写出任何文件");
			}
		}
		Map<Path, byte[]> files = new LinkedHashMap<>();
		for (Map.Entry<Path, Importer.Imported> entry : imported.entrySet()) {
			Path target = target(entry.getKey());
			if (formats.contains("gongkai")) {
				files.put(target, entry.getValue().source().getBytes(StandardCharsets.UTF_8));
			}
			if (formats.contains("json")) {
				files.put(sibling(target, ".json"), ImportJson.render(entry.getKey(), target, entry.getValue().source(), entry.getValue().unread())
						.getBytes(StandardCharsets.UTF_8));
			}
		}
		List<String> refusals = refusals(files.keySet(), inputs);
		if (!refusals.isEmpty()) {
			refusals.forEach(refusal -> err.println("gongkai: " + refusal));
			err.println("gongkai: 没有写出任何文件");
			return GongkaiCli.PROBLEM;
		}
		for (Map.Entry<Path, byte[]> file : files.entrySet()) {
			write(file.getKey(), file.getValue());
		}
		for (Map.Entry<Path, Importer.Imported> entry : imported.entrySet()) {
			Importer.Imported report = entry.getValue();
			Path target = target(entry.getKey());
			out.println("已导入 " + entry.getKey() + " → " + (formats.contains("gongkai") ? target : sibling(target, ".json")) + "（"
					+ report.summary() + "）");
			report.warnings().forEach(warning -> err.println("gongkai: " + entry.getKey() + ": 警告：" + warning));
		}
		out.flush();
		return GongkaiCli.OK;
	}

	private Set<String> formats() {
		Set<String> formats = new LinkedHashSet<>();
		for (String name : to) {
			String format = name.strip();
			if (!format.equals("gongkai") && !format.equals("json")) {
				throw new CliProblem("不认识的格式 " + format + "；--to 可用：gongkai,json");
			}
			formats.add(format);
		}
		return formats;
	}

	private List<Path> inputs() {
		List<Path> inputs = new ArrayList<>();
		for (String argument : paths) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				try (Stream<Path> entries = Files.walk(path)) {
					List<Path> published = entries.filter(p -> PublishedKinds.isPublished(p) && Files.isRegularFile(p)).sorted().toList();
					if (published.isEmpty()) {
						throw new CliProblem("文件夹 " + argument + " 中没有已发布的报告（.txt .html .docx .pdf）");
					}
					inputs.addAll(published);
				} catch (IOException e) {
					throw new CliProblem("无法读取文件夹 " + argument + "：" + ReportFiles.reason(e));
				}
			} else if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				throw new CliProblem("无法读取 " + argument + "：" + (Files.exists(path) ? "不是可读的普通文件" : "文件不存在"));
			} else {
				inputs.add(path);
			}
		}
		return inputs;
	}

	/** Where an input's .gongkai goes: -o FILE, -o DIR/<name>.gongkai, or beside the input. */
	private Path target(Path input) {
		String name = ImportTargets.name(input.getFileName().toString());
		if (output == null) {
			return input.resolveSibling(name);
		}
		return isFolder(output) ? Path.of(output).resolve(name) : Path.of(output);
	}

	private static boolean isFolder(String output) {
		return Files.isDirectory(Path.of(output)) || output.endsWith("/");
	}

	private static Path sibling(Path target, String extension) {
		return target.resolveSibling(target.getFileName().toString().replaceFirst("\\.gongkai$", "") + extension);
	}

	private List<String> refusals(Set<Path> targets, List<Path> inputs) {
		List<String> refusals = new ArrayList<>();
		Set<Path> real = new LinkedHashSet<>();
		inputs.forEach(input -> real.add(input.toAbsolutePath().normalize()));
		Set<Path> seen = new LinkedHashSet<>();
		for (Path target : targets) {
			Path absolute = target.toAbsolutePath().normalize();
			if (real.contains(absolute) || !seen.add(absolute)) {
				refusals.add("不会覆盖 " + target + "：它是输入文件或另一份报告的输出");
			} else if (Files.exists(target) || Files.isSymbolicLink(target)) {
				boolean json = target.getFileName().toString().endsWith(".json");
				if (!json || !force) {
					refusals.add(target + " 已存在，不会覆盖" + (json ? "；确需覆盖，请加 --force" : "；请用 -o 另给一个文件名或文件夹"));
				}
			}
		}
		return refusals;
	}

	private void write(Path target, byte[] bytes) {
		try {
			Path folder = target.toAbsolutePath().getParent();
			if (folder != null) {
				Files.createDirectories(folder);
			}
			if (target.getFileName().toString().endsWith(".json")) {
				AtomicWrite.replace(target, bytes);
			} else {
				AtomicWrite.createNew(target, bytes);
			}
		} catch (FileAlreadyExistsException e) {
			throw new CliProblem(target + " 已存在，不会覆盖");
		} catch (IOException e) {
			throw new CliProblem("无法写入 " + target + "：" + AtomicWrite.reason(e));
		}
	}
}
