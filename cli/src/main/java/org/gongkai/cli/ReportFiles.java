package org.gongkai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.importer.ImportProblem;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.ide.input.PublishedKinds;
import org.gongkai.language.ide.input.ReportText;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.language.ide.output.FileErrors;

/** Turns the PATH arguments into report files: the ones given, and the other reports of their folders. */
final class ReportFiles {

	static final String EXTENSION = ".gongkai";

	private final Map<Path, InputFile> given = new LinkedHashMap<>();
	private final Map<Path, InputFile> context = new LinkedHashMap<>();

	private ReportFiles() {
	}

	/** @throws CliProblem naming the first path that is missing, unreadable or a folder without reports */
	static ReportFiles collect(List<String> arguments) {
		return collect(Path.of(""), arguments);
	}

	/** With relative paths read from {@code workingFolder} (a client's, in the daemon), shown as they were given. */
	static ReportFiles collect(Path workingFolder, List<String> arguments) {
		ReportFiles files = new ReportFiles();
		for (String argument : arguments) {
			files.addArgument(workingFolder, argument);
		}
		files.addFolderContext();
		return files;
	}

	List<InputFile> given() {
		return new ArrayList<>(given.values());
	}

	List<InputFile> context() {
		return new ArrayList<>(context.values());
	}

	private void addArgument(Path workingFolder, String argument) {
		Path path = workingFolder.resolve(argument);
		if (Files.isDirectory(path)) {
			List<Path> reports = reportsBelow(path, argument, ReportFiles::isReport);
			if (reports.isEmpty()) {
				reports = reportsBelow(path, argument, file -> PublishedKinds.isPublished(file) && Files.isRegularFile(file));
			}
			if (reports.isEmpty()) {
				throw new CliProblem("文件夹 " + argument + " 中没有 " + EXTENSION + " 文件，也没有已发布的报告（.txt .html .docx .pdf）");
			}
			for (Path report : reports) {
				addGiven(Path.of(argument).resolve(path.relativize(report)).toString(), report);
			}
		} else {
			addGiven(argument, path);
		}
	}

	private void addGiven(String display, Path path) {
		Path real = realPath(display, path);
		if (!Files.isRegularFile(real) || !Files.isReadable(real)) {
			throw new CliProblem("无法读取 " + display + "：" + (Files.isRegularFile(real) ? "没有读取权限" : "不是普通文件"));
		}
		given.putIfAbsent(real, InputFile.of(display, real, true));
	}

	private void addFolderContext() {
		Set<Path> folders = new LinkedHashSet<>();
		for (Path file : given.keySet()) {
			folders.add(file.getParent());
		}
		for (Path folder : folders) {
			try (Stream<Path> entries = Files.list(folder)) {
				entries.filter(ReportFiles::isReport).sorted().forEach(sibling -> {
					Path real = sibling.toAbsolutePath().normalize();
					if (!given.containsKey(real) && !importedFrom(real)) {
						context.putIfAbsent(real, InputFile.of(sibling.toString(), real, false));
					}
				});
			} catch (IOException | RuntimeException e) {
				// the folder's other reports only help to find last year's report
			}
		}
	}

	/** Whether a report file is the import of a published report given (zeku-2023.gongkai beside zeku-2023.txt). */
	private boolean importedFrom(Path report) {
		String stem = report.getFileName().toString().replaceFirst("\\.gongkai$", "");
		return given.keySet().stream().anyMatch(file -> PublishedKinds.isPublished(file) && file.getParent().equals(report.getParent())
				&& file.getFileName().toString().replaceFirst("\\.[^.]*$", "").equals(stem));
	}

	private static List<Path> reportsBelow(Path folder, String argument, java.util.function.Predicate<Path> kind) {
		try (Stream<Path> entries = Files.walk(folder)) {
			return entries.filter(kind)
					.sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
					.toList();
		} catch (IOException | RuntimeException e) {
			throw new CliProblem("无法读取文件夹 " + argument + "：" + reason(e));
		}
	}

	private static boolean isReport(Path path) {
		return path.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(path);
	}

	private static Path realPath(String display, Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			throw new CliProblem("无法读取 " + display + "：" + reason(e));
		}
	}

	static String reason(Exception e) {
		Throwable cause = e.getCause() instanceof IOException io ? io : e;
		if (cause instanceof ReportText.Unreadable || cause instanceof ImportProblem) {
			return cause.getMessage();
		}
		return cause instanceof IOException io ? FileErrors.reason(io, false) : GongkaiCli.describe(cause);
	}
}
