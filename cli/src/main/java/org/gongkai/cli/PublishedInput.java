package org.gongkai.cli;

import java.io.IOException;
import java.util.List;

import org.gongkai.importer.Importer;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.ide.input.PublishedSources;
import org.gongkai.language.ide.input.ReportText;

/**
 * A published report given to validate or generate, imported in memory: its source is what gets parsed (registered in
 * {@link PublishedSources}), and the importer's doubts become warnings {@code [import]} on the file.
 */
final class PublishedInput {

	/** The code of a warning about a cell the importer was unsure of. */
	static final String IMPORT = "import";

	record Read(ReportText text, List<FileDiagnostic> doubts) {
	}

	static Read read(InputFile file) throws IOException {
		Importer.Imported imported = Importer.importFile(file.path(), false);
		PublishedSources.put(file.uri(),
				new PublishedSources.Source(imported.source(), imported.organ(), imported.year(), imported.unsureCells()));
		List<FileDiagnostic> doubts = imported.warnings().stream()
				.map(doubt -> FileDiagnostic.placed(file.display(), "", "warning", IMPORT, doubt.replaceFirst("^导入：", "导入时存疑：")))
				.toList();
		return new Read(new ReportText(imported.source(), null), doubts);
	}

	private PublishedInput() {
	}
}
