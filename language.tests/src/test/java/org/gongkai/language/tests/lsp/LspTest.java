package org.gongkai.language.tests.lsp;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.FileInfo;
import org.eclipse.xtext.testing.TextDocumentConfiguration;
import org.gongkai.language.ide.server.GongkaiServerModule;

import com.google.inject.Module;

/**
 * Xtext's in-process language server, set up as {@code gongkai lsp} sets it up, with the Gongkai language (found
 * through META-INF/services), and renderings.
 */
abstract class LspTest extends AbstractLanguageServerTest {

	/** What the server said it can do, once a file is open. */
	ServerCapabilities capabilities;
	private int version = 1;

	LspTest() {
		super("gongkai");
	}

	@Override
	protected Module getServerModule() {
		return new GongkaiServerModule();
	}

	/** Opens {@code text} as report.gongkai and returns what the editor shows: one line per diagnostic. */
	String diagnosticsOf(String text) {
		TextDocumentConfiguration config = new TextDocumentConfiguration();
		config.setModel(text);
		config.setFilePath("report.gongkai");
		FileInfo file = initializeContext(config);
		return render(getDiagnostics().get(file.getUri()));
	}

	/**
	 * Writes {@code text} as a file of the test project and opens it as an editor would; the server is started first,
	 * for a client that can run commands.
	 */
	String openFile(String name, String text) {
		start();
		String uri = writeFile(name, text);
		open(uri, text);
		return uri;
	}

	/** Starts the server, once, for a client that can run commands, on the files written so far. */
	void start() {
		if (capabilities == null) {
			capabilities = initialize(params -> {
				ClientCapabilities client = params.getCapabilities() == null ? new ClientCapabilities() : params.getCapabilities();
				WorkspaceClientCapabilities workspace = client.getWorkspace() == null ? new WorkspaceClientCapabilities() : client.getWorkspace();
				workspace.setExecuteCommand(new ExecuteCommandCapabilities(false));
				client.setWorkspace(workspace);
				params.setCapabilities(client);
			}).getCapabilities();
		}
	}

	/** The editor's text becomes {@code text} (the file on disk stays as it is). */
	void change(String uri, String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** What the editor shows for the file once the server has built: one line per diagnostic. */
	String diagnostics(String uri) {
		return render(getDiagnostics().get(uri));
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
