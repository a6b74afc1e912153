package org.gongkai.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.gongkai.language.tests.lsp.MalformedRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tab's session answers every request: one whose params do not read ({@code "position": "x"}) with InvalidParams
 * and its id, for each request the server offers ({@link MalformedRequests}); notifications of the same kind go
 * unanswered, and the session answers a good request after all of them.
 */
class MalformedParamsSessionTest {

	@TempDir
	Path folder;

	@Test
	void everyRequestWithParamsThatDoNotReadIsAnsweredInvalidParams() throws Exception {
		ServedFolder served = ServedFolder.start(folder);
		LspTab tab = LspTab.open(served);
		String uri = folder.resolve("gongbujiangda-2023.gongkai").toUri().toString();
		assertTrue(tab.request("initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}").has("result"));
		tab.notify("initialized", "{}");

		MalformedRequests.assertEveryRequestAnswered(tab, uri);
		tab.close();
	}
}
