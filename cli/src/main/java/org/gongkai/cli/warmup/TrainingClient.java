package org.gongkai.cli.warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor's side of a training session: keeps the diagnostics the server publishes, ignores the rest. */
final class TrainingClient implements LanguageClient {

	private final LinkedBlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

	/** The next diagnostics published for {@code file}. */
	List<Diagnostic> diagnostics(Path file, long timeoutSeconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (true) {
			PublishDiagnosticsParams next = published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (next == null) {
				throw new IllegalStateException("训练会话没有收到诊断信息：" + file);
			}
			// the server writes its URIs as EMF does (file:/…): the training reports' names are plain ASCII
			if (next.getUri().endsWith("/" + file.getFileName())) {
				return next.getDiagnostics();
			}
		}
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		published.add(diagnostics);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams messageParams) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
