package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * {@code gongkai lsp} writes nothing the user did not ask for: after a session on a folder of reports (one opened,
 * edited, hovered, previewed, closed) the folder holds what it held, no src-gen/, no caches, no lock files.
 */
class NothingWrittenLspTest {

	@TempDir
	Path workspace;

	@Test
	void aSessionLeavesTheFolderAsItWas() throws Exception {
		try (var examples = Files.list(Path.of("..", "examples"))) {
			for (Path report : examples.toList()) {
				Files.copy(report, workspace.resolve(report.getFileName()));
			}
		}
		List<String> before = FolderContents.of(workspace);
		assertTrue(before.contains("gongbujiangda-2023.gongkai"), before.toString());
		StdioServer.runFramed((client, process) -> {
			session(client);
			assertTrue(process.waitFor(StdioServer.TIMEOUT, TimeUnit.SECONDS), "the server did not exit");
		});
		assertEquals(before, FolderContents.of(workspace));
	}

	private void session(FramedClient client) throws Exception {
		Path report = workspace.resolve("gongbujiangda-2023.gongkai");
		String uri = report.toUri().toString();
		String text = Files.readString(report);
		assertTrue(client.request("initialize", "{\"processId\":null,\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}")
				.has("result"));
		client.notify("initialized", "{}");
		client.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"gongkai\",\"version\":1,"
				+ "\"text\":" + new Gson().toJson(text) + "}}");
		client.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":[{\"text\":"
				+ new Gson().toJson(text + "\n// 改过\n") + "}]}");
		assertTrue(client.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":1,\"character\":3}}")
				.has("result"));
		// a read waits for the builds queued before it: the edited report has been built when the preview comes
		JsonObject preview = client.request("gongkai/preview", "{\"uri\":\"" + uri + "\"}").getAsJsonObject("result");
		assertEquals(0, preview.get("errors").getAsInt(), preview.toString());
		assertTrue(preview.get("html").getAsString().contains("工布江达县"));
		client.notify("textDocument/didClose", "{\"textDocument\":{\"uri\":\"" + uri + "\"}}");
		assertTrue(client.request("shutdown", "null").has("result"));
		client.notify("exit", "null");
	}
}
