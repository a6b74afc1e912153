package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/**
 * {@code gongkai lsp} answers every request, over stdio: one whose params do not read ({@code "position": "x"}) with
 * InvalidParams and its id, for each request the server offers ({@link MalformedRequests}); notifications of the same
 * kind go unanswered, and the server answers a good request after all of them.
 */
class MalformedParamsLspTest {

	@TempDir
	Path workspace;

	@Test
	void everyRequestWithParamsThatDoNotReadIsAnsweredInvalidParams() throws Exception {
		assertTrue(MalformedRequests.requests().containsAll(List.of("initialize", "textDocument/hover", "textDocument/completion",
				"workspace/executeCommand", "gongkai/preview")), MalformedRequests.requests().toString());
		StdioServer.runFramed((client, process) -> session(client));
	}

	private void session(FramedClient client) throws Exception {
		Path report = Files.copy(Path.of("..", "examples", "gongbujiangda-2023.gongkai"), workspace.resolve("report.gongkai"));
		String uri = report.toUri().toString();
		assertTrue(client.request("initialize", "{\"processId\":null,\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}")
				.has("result"));
		client.notify("initialized", "{}");
		client.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"gongkai\",\"version\":1,"
				+ "\"text\":" + new Gson().toJson(Files.readString(report)) + "}}");

		MalformedRequests.assertEveryRequestAnswered(client, uri);
	}
}
