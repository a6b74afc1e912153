package org.gongkai.language.ide.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Xtext's language server, sending an editor at most {@value #MOST_DIAGNOSTICS} diagnostics a report, and whose
 * workspace builds are staged ({@link StagedBuildManager}): a new or changed workspace
 * folder is only listed when it is set up, and its reports are checked by a build started right after — here, once
 * the client has the answer to {@code initialize} (a write queued earlier would cancel the one that answers it), and
 * not before the client had time to open its documents.
 */
public class GongkaiLanguageServer extends LanguageServerImpl {

	/**
	 * How long after {@code initialized} the workspace's build starts unless a build has started already: an editor
	 * opens its documents right after, and the first of them is checked before the rest then.
	 */
	static final long WORKSPACE_BUILD_DELAY_MS = 500;

	@Inject
	private StagedBuildManager builds;

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		CompletableFuture.delayedExecutor(WORKSPACE_BUILD_DELAY_MS, TimeUnit.MILLISECONDS).execute(() -> {
			if (!builds.hasBuilt()) {
				buildPending();
			}
		});
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		super.didChangeConfiguration(params);
		buildPending();
	}

	@Override
	public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
		super.didChangeWorkspaceFolders(params);
		buildPending();
	}

	/**
	 * An editor is sent at most this many diagnostics of a report, errors first, and a line saying how many more there
	 * are: a report of 100,000 unknown cells would otherwise send 30 MB on every keystroke. The command line lists all.
	 */
	public static final int MOST_DIAGNOSTICS = 1_000;

	@Override
	protected List<Diagnostic> toDiagnostics(Iterable<? extends Issue> issues) {
		List<Diagnostic> all = super.toDiagnostics(issues);
		if (all.size() <= MOST_DIAGNOSTICS) {
			return all;
		}
		List<Diagnostic> shown = new ArrayList<>(all.stream().sorted(Comparator.comparing(Diagnostic::getSeverity))
				.limit(MOST_DIAGNOSTICS).toList());
		Position start = new Position(0, 0);
		shown.add(new Diagnostic(new Range(start, start), String.format("另有 %,d 个问题没有列出（共 %,d 个，这里只列出前 %,d 个）；"
				+ "请先改正列出的，或用 gongkai validate 查看全部", all.size() - MOST_DIAGNOSTICS, all.size(), MOST_DIAGNOSTICS),
				DiagnosticSeverity.Information, "gongkai"));
		return shown;
	}

	private void buildPending() {
		runBuildable(() -> getWorkspaceManager().didChangeFiles(List.of(), List.of()));
	}
}
