package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.language.ide.output.OutputPlan;
import org.gongkai.language.ide.output.ReportRenderer;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gongkai generate [--to html,docx,md,json] [-o DIR] [--force] PATH...} (LANGUAGE.md §6–7). */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = {
				"按官方格式生成年度报告文件：先检查（同 validate，诊断也照样打印），有错误的报告不生成，其他报告照常生成。",
				"每个报告生成 DIR/名称.扩展名：名称是报告文件名去掉 .gongkai（zeku-2023.gongkai → zeku-2023.html）。",
				"也接受已发布的报告（.txt 等，在内存中导入后检查和生成，不写 .gongkai）：zeku-2023.txt → zeku-2023.txt.html。",
				"文件先写到临时文件再改名到位；报告文件本身永不覆盖；已有的同名文件只有是 Gongkai 生成的才覆盖，否则须加 --force。",
				"退出状态：0 全部生成（可有警告），1 有报告存在错误（该报告未生成），2 用法错误、无法读写的文件、拒绝覆盖的文件（此时不写任何文件）或其他问题。" })
public class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@ParentCommand
	GongkaiCli parent;

	@Option(names = "--to", split = ",", paramLabel = "FORMAT", defaultValue = DocumentFormats.PUBLISHED,
			description = "生成的格式，逗号分隔：html、docx、md、json；默认 html,docx（发布用的两种）")
	List<String> to;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "输出文件夹（没有则创建）；默认为每个报告所在的文件夹")
	String output;

	@Option(names = "--force", description = "覆盖不是 Gongkai 生成的同名文件（报告文件本身仍不覆盖）")
	boolean force;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（文件夹表示其下所有 *.gongkai 文件，没有时为其下已发布的报告）")
	List<String> paths;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Injector injector = CommandLineSetup.injector();
		List<DocumentFormat> formats = formats(injector.getInstance(DocumentFormats.class));
		// loading a format's libraries (a second for docx) overlaps checking the reports; a failure shows when rendering
		formats.forEach(format -> CompletableFuture.runAsync(format::prepare));
		if (output != null && Files.exists(Path.of(output)) && !Files.isDirectory(Path.of(output))) {
			throw new CliProblem("-o " + output + " 不是文件夹");
		}
		ReportFiles files = ReportFiles.collect(paths);
		List<InputFile> given = files.given();
		BatchValidator.Result result = new BatchValidator(injector)
				.validate(given, files.context(), Progress.of(err, parent.interactive, given.size()));
		TextOutput.print(result.diagnostics(), result.checked(), out);
		if (!result.problems().isEmpty()) {
			out.flush();
			result.problems().forEach(problem -> err.println("gongkai: " + problem));
			err.println("gongkai: 没有生成任何文件");
			return GongkaiCli.PROBLEM;
		}
		Set<String> failing = result.diagnostics().stream().filter(FileDiagnostic::isError).map(FileDiagnostic::file)
				.collect(Collectors.toSet());
		List<InputFile> clean = given.stream().filter(file -> !failing.contains(file.display())).toList();
		List<InputFile> reports = new ArrayList<>(given);
		reports.addAll(files.context());
		OutputPlan plan = OutputPlan.of(clean, formats, output, reports, force ? null : "确需覆盖，请加 --force");
		if (!plan.refusals().isEmpty()) {
			out.flush();
			plan.refusals().forEach(refusal -> err.println("gongkai: " + refusal));
			err.println("gongkai: 没有生成任何文件");
			return GongkaiCli.PROBLEM;
		}
		ReportRenderer renderer = new ReportRenderer(injector);
		// documents are rendered on all cores (each render reads its report in a resource set of its own), all of them
		// before the first is written, so that a report that cannot be rendered leaves nothing written; they are written
		// in the order of the reports, so the output stays the same from run to run
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
			Thread thread = new Thread(task, "gongkai-render");
			thread.setDaemon(true);
			return thread;
		});
		Map<InputFile, Map<DocumentFormat, byte[]>> documents = new LinkedHashMap<>();
		try {
			Map<InputFile, Future<Map<DocumentFormat, byte[]>>> rendered = new LinkedHashMap<>();
			for (InputFile report : clean) {
				rendered.put(report, pool.submit(() -> renderer.render(report, formats)));
			}
			for (InputFile report : clean) {
				documents.put(report, documents(rendered.get(report)));
			}
		} catch (CliProblem e) {
			out.flush();
			err.println("gongkai: " + e.getMessage());
			err.println("gongkai: 没有生成任何文件");
			return GongkaiCli.PROBLEM;
		} finally {
			pool.shutdownNow();
		}
		createFolder();
		for (InputFile report : given) {
			if (failing.contains(report.display())) {
				out.println("未生成 " + report.display() + "：报告有错误");
				continue;
			}
			for (OutputPlan.OutputFile file : plan.files()) {
				if (file.report().equals(report)) {
					write(file, documents.get(report).get(file.format()));
					out.println("已生成 " + file.display());
				}
			}
		}
		out.flush();
		return failing.isEmpty() ? GongkaiCli.OK : GongkaiCli.REPORT_ERRORS;
	}

	private static Map<DocumentFormat, byte[]> documents(Future<Map<DocumentFormat, byte[]>> rendering) {
		try {
			return rendering.get();
		} catch (ExecutionException e) {
			throw e.getCause() instanceof CliProblem problem ? problem : new CliProblem(GongkaiCli.describe(e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliProblem("已中断");
		}
	}

	/** The formats of {@code --to}, each once, in the order given. */
	private List<DocumentFormat> formats(DocumentFormats registered) {
		Set<DocumentFormat> chosen = new LinkedHashSet<>();
		for (String name : to) {
			String trimmed = name.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			chosen.add(registered.byName(trimmed).orElseThrow(() -> new CliProblem("不认识的格式 " + trimmed + "；--to 可用："
					+ registered.all().stream().map(DocumentFormat::name).collect(Collectors.joining(",")))));
		}
		if (chosen.isEmpty()) {
			throw new CliProblem("--to 须至少给出一种格式");
		}
		return List.copyOf(chosen);
	}

	private void createFolder() {
		if (output != null) {
			try {
				Files.createDirectories(Path.of(output));
			} catch (IOException e) {
				throw new CliProblem("无法创建文件夹 " + output + "：" + AtomicWrite.reason(e));
			}
		}
	}

	private static void write(OutputPlan.OutputFile file, byte[] bytes) {
		try {
			AtomicWrite.replace(file.path(), bytes);
		} catch (IOException e) {
			throw new CliProblem("无法写入 " + file.display() + "：" + AtomicWrite.reason(e));
		}
	}
}
