package org.gongkai.cli.warmup;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.gongkai.language.ide.server.ServerLauncherBuilder;

/**
 * An editor's session with the language server, inside this process (the server as {@code gongkai lsp} builds it,
 * spoken to over pipes): a workspace of two {@link TrainingReports}, this year's opened, everything an editor asks
 * while a report is written asked once, an edit, its diagnostics and quick fixes, shutdown. Run under Java's AOT cache
 * recording ({@code gongkai train lsp}), it makes the cache that starts the language server.
 */
public final class ServerTraining {

	private static final long TIMEOUT_SECONDS = 120;
	private static final int PIPE_BYTES = 1 << 20;

	private ServerTraining() {
	}

	public static void run(Path folder) throws Exception {
		folder = folder.toRealPath();
		Path report = TrainingReports.write(folder);
		String uri = report.toUri().toString();
		String text = Files.readString(report, UTF_8);
		PipedInputStream serverIn = new PipedInputStream(PIPE_BYTES);
		PipedInputStream clientIn = new PipedInputStream(PIPE_BYTES);
		PipedOutputStream toServer = new PipedOutputStream(serverIn);
		PipedOutputStream toClient = new PipedOutputStream(clientIn);
		ServerLauncherBuilder.serve(serverIn, toClient).startListening();
		TrainingClient client = new TrainingClient();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();
		try {
			await(server.initialize(initialize(folder)));
			server.initialized(new InitializedParams());
			TextDocumentService documents = server.getTextDocumentService();
			documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gongkai", 1, text)));
			client.diagnostics(report, TIMEOUT_SECONDS);
			ask(documents, uri, text);
			Position end = position(text, text.length());
			documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
					List.of(new TextDocumentContentChangeEvent(new Range(end, end), "// 训练\n"))));
			List<Diagnostic> diagnostics = client.diagnostics(report, TIMEOUT_SECONDS);
			await(documents.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), new Range(end, end),
					new CodeActionContext(diagnostics))));
			await(server.shutdown());
		} finally {
			toServer.close();
			toClient.close();
		}
	}

	/** What an editor asks of an open report: hover, completion, outline, folding, colours, formatting. */
	private static void ask(TextDocumentService documents, String uri, String text) throws Exception {
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		Position cell = position(text, Math.max(0, text.indexOf("natural")));
		await(documents.hover(new HoverParams(document, cell)));
		await(documents.completion(new CompletionParams(document, cell)));
		await(documents.documentSymbol(new DocumentSymbolParams(document)));
		await(documents.foldingRange(new FoldingRangeRequestParams(document)));
		await(documents.semanticTokensFull(new SemanticTokensParams(document)));
		await(documents.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true))));
	}

	private static InitializeParams initialize(Path folder) {
		InitializeParams params = new InitializeParams();
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		String root = folder.toUri().toString();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "training")));
		params.setRootUri(root);
		return params;
	}

	private static Position position(String text, int offset) {
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (before.lastIndexOf('\n') + 1));
	}

	private static <T> T await(CompletableFuture<T> request) throws Exception {
		return request.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}
}
