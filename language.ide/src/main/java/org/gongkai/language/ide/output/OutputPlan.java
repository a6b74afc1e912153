package org.gongkai.language.ide.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.ide.input.ReportPath;

/**
 * The files {@code generate} will write, checked before any is written: {@code DIR/NAME.EXT} for each report and
 * format (DIR: {@code -o}, else the report's folder). A file is refused when it is one of the reports (always), when
 * two reports would write it, when something other than a file is there, or when the file there was not written by
 * Gongkai ({@link GeneratedMark}) or was generated from another report file ({@link SourceMark}) and overwriting is
 * not forced ({@code --force}). Shared by {@code gongkai generate}
 * and the language server's command.
 */
public final class OutputPlan {

	/** One document to write; {@code display} is its path as printed, in the terms the user gave. */
	public record OutputFile(ReportPath report, DocumentFormat format, Path path, String display) {
	}

	private final List<OutputFile> files = new ArrayList<>();
	private final List<String> refusals = new ArrayList<>();

	private OutputPlan() {
	}

	/**
	 * @param folder the {@code -o} argument, or null for each report's own folder
	 * @param reports every report file of the batch, given or read for context: none is ever overwritten
	 * @param forcing how to overwrite a file Gongkai did not write, for the refusal ("请加 --force"); null when forced
	 */
	public static OutputPlan of(List<? extends ReportPath> generated, List<DocumentFormat> formats, String folder,
			Collection<? extends ReportPath> reports, String forcing) {
		OutputPlan plan = new OutputPlan();
		Set<Path> inputs = new HashSet<>();
		reports.forEach(report -> inputs.add(report.path()));
		Map<Path, OutputFile> claimed = new HashMap<>();
		for (ReportPath report : generated) {
			for (DocumentFormat format : formats) {
				String name = format.fileName(Path.of(report.display()).getFileName().toString());
				Path path = folder == null ? Path.of(report.display()).resolveSibling(name) : Path.of(folder).resolve(name);
				OutputFile file = new OutputFile(report, format, path, path.toString());
				Path real = real(path);
				OutputFile other = claimed.putIfAbsent(real, file);
				if (inputs.contains(real)) {
					plan.refusals.add("不会覆盖报告文件 " + file.display() + "（" + report.display() + " 的 " + format.name()
							+ " 文件与它同名）；请用 -o 指定另一个文件夹");
				} else if (other != null) {
					plan.refusals.add(other.report().display() + " 和 " + report.display() + " 都会生成 " + file.display()
							+ "；请分别生成到不同的文件夹（-o）");
				} else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
					plan.refusals.add("无法写入 " + file.display() + "：那里已有同名的" + (Files.isSymbolicLink(path) ? "符号链接"
							: Files.isDirectory(path) ? "文件夹" : "非普通文件"));
				} else if (Files.exists(path) && forcing != null && !GeneratedMark.isOurs(path, format.name())) {
					plan.refusals.add("不覆盖 " + file.display() + "：这个文件不是 Gongkai 生成的；" + forcing);
				} else if (Files.exists(path) && forcing != null && fromAnotherReport(path, format, report)) {
					plan.refusals.add("不覆盖 " + file.display() + "：它是由" + writer(path, format, report) + "生成的，不是由 "
							+ report.display() + "；" + forcing);
				} else {
					plan.files.add(file);
				}
			}
		}
		return plan;
	}

	public List<OutputFile> files() {
		return files;
	}

	/** Why files cannot be written, one Chinese line each; when there are any, nothing is written. */
	public List<String> refusals() {
		return refusals;
	}

	private static boolean fromAnotherReport(Path path, DocumentFormat format, ReportPath report) {
		return GeneratedMark.source(path, format.name()).map(source -> !source.sameReport(SourceMark.of(report.path())))
				.orElse(false);
	}

	/** The report file a document was generated from, as far as its mark tells. */
	private static String writer(Path path, DocumentFormat format, ReportPath report) {
		String name = GeneratedMark.source(path, format.name()).map(SourceMark::name).orElse("");
		return name.equals(Path.of(report.display()).getFileName().toString()) ? "另一个文件夹中的报告 " + name + " "
				: "报告 " + name + " ";
	}

	/** The path with symbolic links resolved, as far as it exists, so that two spellings of one file compare equal. */
	private static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		try {
			if (Files.exists(absolute)) {
				return absolute.toRealPath();
			}
			Path parent = absolute.getParent();
			return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
		} catch (IOException e) {
			return absolute;
		}
	}
}
