package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.testing.FileInfo;
import org.eclipse.xtext.testing.TextDocumentConfiguration;
import org.gongkai.language.tests.Reports;
import org.junit.jupiter.api.Test;

/**
 * The server and the workspace's files: it writes nothing into the workspace (documents are printed by
 * {@code gongkai generate}, which the editor's "Generate report" command runs), and it keeps only the open reports
 * loaded between builds, so a closed report that an open one depends on is read again on every edit.
 */
class WorkspaceLspTest extends LspTest {

	@Test
	void aReportWithoutErrorsIsCheckedButNotPrinted() throws IOException {
		TextDocumentConfiguration config = new TextDocumentConfiguration();
		config.setFilePath("甲县2023.gongkai");
		config.setModel(report().text());
		FileInfo file = initializeContext(config);
		assertEquals("", render(getDiagnostics().get(file.getUri())));
		assertEquals("甲县2023.gongkai", filesIn(getTestRootPath()));
	}

	@Test
	void lastYearsClosedReportIsReadAgainOnEveryEdit() {
		writeFile("甲县2022.gongkai", report().name("甲县2022").header("  organ \"甲县人民政府\"\n  year 2022\n  issued 2023-01-27")
				.apply("section apply < natural: new 2, next 2 >").text());
		initialize();
		String uri = writeFile("甲县2023.gongkai", "");
		Reports notCarried = report().apply("section apply < natural: new 3, granted 3 >");
		Reports carried = report().apply("section apply < natural: new 3, carried 2, granted 5 >");
		String warning = "Warning previous.carried 6:18-6:25 上年结转（自然人）为 0，但上年报告「甲县2022」的结转下年度继续办理为 2";

		open(uri, notCarried.text());
		assertEquals(warning, render(getDiagnostics().get(uri)));
		change(uri, 2, carried.text());
		assertEquals("", render(getDiagnostics().get(uri)));
		change(uri, 3, notCarried.text());
		assertEquals(warning, render(getDiagnostics().get(uri)));
	}

	private void change(String uri, int version, String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The files below {@code folder}, one a line. */
	private static String filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted()
					.collect(Collectors.joining("\n"));
		}
	}
}
