package org.gongkai.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.language.tests.lsp.FolderContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * {@code gongkai serve} writes nothing the user did not ask for: a tab lists the reports and opens one as the page
 * does, then edits, hovers, previews and closes it, and the folder holds what it held — no src-gen/, no caches, no
 * lock files.
 */
class NothingWrittenTest {

	@TempDir
	Path folder;

	@Test
	void aSessionLeavesTheFolderAsItWas() throws Exception {
		ServedFolder served = ServedFolder.start(folder);
		List<String> before = FolderContents.of(folder);
		assertTrue(before.contains("gongbujiangda-2023.gongkai"), before.toString());
		// as the page starts: the language server's socket first, then the list of reports and the report
		LspTab tab = LspTab.open(served);
		tab.request("initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
		tab.notify("initialized", "{}");
		String token = "?token=" + served.token;
		assertEquals(200, served.status("GET", "/api/files" + token));
		assertEquals(200, served.status("GET", "/api/file" + token + "&name=gongbujiangda-2023.gongkai"));
		String uri = folder.resolve("gongbujiangda-2023.gongkai").toUri().toString();
		String text = Files.readString(folder.resolve("gongbujiangda-2023.gongkai"));
		tab.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"gongkai\",\"version\":1,\"text\":"
				+ new Gson().toJson(text) + "}}");
		// its one warning: part 六 says nothing of the 信息处理费 charged (other.fees)
		assertEquals(1, tab.diagnosticsOf(uri).getAsJsonArray("diagnostics").size());
		tab.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":[{\"text\":"
				+ new Gson().toJson(text + "\n// 改过\n") + "}]}");
		assertEquals(1, tab.diagnosticsOf(uri).getAsJsonArray("diagnostics").size());
		assertTrue(tab.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":1,\"character\":3}}")
				.has("result"));
		JsonObject preview = tab.request("gongkai/preview", "{\"uri\":\"" + uri + "\"}");
		assertTrue(preview.getAsJsonObject("result").get("html").getAsString().contains("工布江达县"), preview.toString());
		tab.notify("textDocument/didClose", "{\"textDocument\":{\"uri\":\"" + uri + "\"}}");
		tab.request("shutdown", "null");
		tab.notify("exit", "null");
		tab.close();

		assertEquals(before, FolderContents.of(folder));
	}
}
