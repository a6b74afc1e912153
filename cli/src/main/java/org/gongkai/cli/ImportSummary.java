package org.gongkai.cli;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.ide.input.PublishedSources;

/** One line per published report given: what it was read as, and what was found in it. */
final class ImportSummary {

	static List<String> lines(List<InputFile> given, List<FileDiagnostic> diagnostics) {
		List<String> lines = new ArrayList<>();
		for (InputFile file : given) {
			PublishedSources.Source source = file.published() ? PublishedSources.get(file.uri()) : null;
			if (source == null) {
				continue;
			}
			long errors = diagnostics.stream().filter(d -> d.file().equals(file.display()) && d.isError()).count();
			long warnings = diagnostics.stream().filter(d -> d.file().equals(file.display()) && !d.isError()).count();
			lines.add(file.display() + "：" + (source.organ() == null ? "机关未知" : source.organ()) + "，"
					+ (source.year() == null ? "年度未知" : source.year() + "年度") + "，" + errors + " 个错误，" + warnings + " 个警告，导入存疑 "
					+ source.unsureCells() + " 格");
		}
		return lines;
	}

	private ImportSummary() {
	}
}
