package org.gongkai.workbench.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.gongkai.importer.ImportProblem;
import org.gongkai.importer.Importer;
import org.gongkai.language.ide.input.PublishedKinds;
import org.gongkai.language.ide.output.FileErrors;

/**
 * A published report dropped onto the page (.docx .html .pdf .txt) becomes a {@code .gongkai} file in the workspace,
 * through the importer {@code gongkai import} uses, under a name not taken yet: nothing is overwritten. The dropped
 * bytes are read from a temporary folder outside the workspace, removed afterwards.
 */
public final class Imports {

	/** The report written: its name in the workspace, and what the importer found. */
	public record Imported(String name, String organ, Integer year, List<String> warnings) {
	}

	private final ReportStore store;

	public Imports(ReportStore store) {
		this.store = store;
	}

	public Imported importFile(String fileName, byte[] bytes) {
		String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		if (name.isEmpty() || PublishedKinds.EXTENSIONS.stream().noneMatch(lower::endsWith)) {
			throw new Refused(Refused.BAD_REQUEST, "只能导入已发布的报告：.docx .html .pdf .txt（" + name + "）");
		}
		Path folder = null;
		try {
			folder = Files.createTempDirectory("gongkai-import");
			Path input = folder.resolve(name);
			Files.write(input, bytes);
			Importer.Imported imported = Importer.importFile(input, true);
			String target = store.freeName(name);
			store.createNew(target, imported.source());
			return new Imported(target, imported.organ(), imported.year(), imported.warnings());
		} catch (ImportProblem e) {
			throw new Refused(Refused.BAD_REQUEST, "无法导入 " + name + "：" + e.getMessage());
		} catch (IOException e) {
			throw new Refused(Refused.BAD_REQUEST, "无法导入 " + name + "：" + FileErrors.reason(e, false));
		} finally {
			remove(folder);
		}
	}

	private static void remove(Path folder) {
		if (folder == null) {
			return;
		}
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(folder);
		} catch (IOException e) {
			folder.toFile().deleteOnExit();
		}
	}
}
