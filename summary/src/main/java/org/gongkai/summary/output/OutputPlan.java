package org.gongkai.summary.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.language.ide.input.ReportPath;

/**
 * The files {@code summary} will write into its folder, checked before any is written: a file is refused when it is one
 * of the reports read, when something other than a file is there, or when the file there was not written by the summary
 * ({@link SummaryFile#isOurs}) and overwriting is not forced.
 */
public final class OutputPlan {

	private final Map<SummaryFile, Path> paths = new LinkedHashMap<>();
	private final List<String> refusals = new ArrayList<>();

	private OutputPlan() {
	}

	public static OutputPlan of(Path folder, List<SummaryFile> files, List<? extends ReportPath> inputs, boolean force) {
		OutputPlan plan = new OutputPlan();
		Set<Path> read = new HashSet<>();
		inputs.forEach(input -> read.add(real(input.path())));
		for (SummaryFile file : files) {
			Path path = folder.resolve(file.fileName());
			plan.paths.put(file, path);
			if (read.contains(real(path))) {
				plan.refusals.add("不会覆盖报告文件 " + path + "：请用 -o 指定另一个文件夹");
			} else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
				plan.refusals.add("无法写入 " + path + "：那里已有同名的" + (Files.isDirectory(path) ? "文件夹" : "非普通文件"));
			} else if (Files.exists(path) && !force && !file.isOurs(path)) {
				plan.refusals.add("不覆盖 " + path + "：这个文件不是 gongkai summary 写的；确需覆盖，请加 --force");
			}
		}
		return plan;
	}

	public Path path(SummaryFile file) {
		return paths.get(file);
	}

	/** Why files cannot be written, one Chinese line each; when there are any, nothing is written. */
	public List<String> refusals() {
		return refusals;
	}

	private static Path real(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.toAbsolutePath().normalize();
		}
	}
}
