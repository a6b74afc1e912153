package org.gongkai.language.ide.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.function.Supplier;

import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.gongkai.language.ide.output.AtomicWrite;

/**
 * What a server command that starts a report answers: the new report's URI for the client to open (null when none
 * was written), and what to tell the user.
 */
public record NewReportFile(boolean created, String uri, String message) {

	/**
	 * What {@code start} writes, or, when it refuses, {@code failure} and the reason, which the user is shown
	 * (window/showMessage): a client opens what was written and has nothing else to say.
	 */
	static NewReportFile answer(ILanguageServerAccess access, String failure, Supplier<NewReportFile> start) {
		NewReportFile outcome;
		try {
			outcome = start.get();
		} catch (Refusal e) {
			outcome = new NewReportFile(false, null, failure + e.getMessage());
		}
		if (!outcome.created() && access.getLanguageClient() != null) {
			access.getLanguageClient().showMessage(new MessageParams(MessageType.Error, outcome.message()));
		}
		return outcome;
	}

	/**
	 * Writes a report that must not exist yet, whole, never over a file.
	 *
	 * @throws Refusal when a file is there or it cannot be written
	 */
	static NewReportFile write(Path target, String text) {
		try {
			if (Files.exists(target) || Files.isSymbolicLink(target)) {
				throw new FileAlreadyExistsException(target.toString());
			}
			AtomicWrite.createNew(target, text.getBytes(StandardCharsets.UTF_8));
		} catch (FileAlreadyExistsException e) {
			throw new Refusal(target + " 已存在，不会覆盖");
		} catch (IOException e) {
			throw new Refusal("无法写入 " + target + "：" + AtomicWrite.reason(e));
		}
		return new NewReportFile(true, target.toUri().toString(), "已创建 " + target);
	}
}
