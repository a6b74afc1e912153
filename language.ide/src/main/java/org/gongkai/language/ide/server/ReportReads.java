package org.gongkai.language.ide.server;

import java.util.function.Function;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;

/** A server command's work on a report of the workspace, as the server holds it (an open editor's text included). */
final class ReportReads {

	private ReportReads() {
	}

	/** @throws Refusal when {@code work} refuses, or when there is no such report to read */
	static <T> T read(ILanguageServerAccess access, String uri, Function<Resource, T> work) {
		return readContext(access, uri, context -> work.apply(context.getResource()));
	}

	/** {@link #read} with the report's document too (the text as the editor holds it, its positions). */
	static <T> T readContext(ILanguageServerAccess access, String uri, Function<ILanguageServerAccess.Context, T> work) {
		Refusal[] refused = new Refusal[1];
		T result;
		try {
			result = access.doSyncRead(uri, context -> {
				try {
					return work.apply(context);
				} catch (Refusal e) {
					refused[0] = e;
					return null;
				}
			});
		} catch (RuntimeException e) {
			throw new Refusal("读不到 " + uri + "（它须是工作区中的 .gongkai 文件）");
		}
		if (refused[0] != null) {
			throw refused[0];
		}
		return result;
	}
}
