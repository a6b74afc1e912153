package org.gongkai.language.tests.lsp;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.FileInfo;
import org.eclipse.xtext.testing.TextDocumentConfiguration;

/** Xtext's in-process language server with the Gongkai language (found through META-INF/services), and renderings. */
abstract class LspTest extends AbstractLanguageServerTest {

	LspTest() {
		super("gongkai");
	}

	/** Opens {@code text} as report.gongkai and returns what the editor shows: one line per diagnostic. */
	String diagnosticsOf(String text) {
		TextDocumentConfiguration config = new TextDocumentConfiguration();
		config.setModel(text);
		config.setFilePath("report.gongkai");
		FileInfo file = initializeContext(config);
		return render(getDiagnostics().get(file.getUri()));
	}

	static String render(List<Diagnostic> diagnostics) {
		return diagnostics == null ? "" : diagnostics.stream().map(LspTest::render).collect(Collectors.joining("\n"));
	}

	static String render(Diagnostic d) {
		String code = d.getCode() == null ? "-" : d.getCode().get().toString();
		String message = d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
		return d.getSeverity() + " " + code + " " + render(d.getRange()) + " " + message;
	}

	static String render(Range r) {
		return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":" + r.getEnd().getCharacter();
	}
}
