package org.gongkai.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * Language-server sessions over the WebSocket, as a browser tab opens them: Monaco's client sends no rootUri (the
 * workspace is the served folder all the same), a tab's {@code exit} ends its session and not the JVM (this test's
 * own), and two tabs do not share their documents.
 */
class LanguageServerSessionTest {

	@TempDir
	static Path folder;

	private static ServedFolder served;

	@BeforeAll
	static void serve() throws IOException {
		served = ServedFolder.start(folder);
	}

	@Test
	void aTabsExitEndsItsSessionOnlyAndTabsKeepTheirOwnDocuments() throws Exception {
		LspTab first = LspTab.open(served);
		LspTab second = LspTab.open(served);
		String zeku = uri("zeku-2023.gongkai");
		JsonObject initialized = first.request("initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
		assertTrue(initialized.getAsJsonObject("result").has("capabilities"), initialized.toString());
		second.request("initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
		first.notify("initialized", "{}");
		second.notify("initialized", "{}");

		// the workspace is the served folder: the files on disk are checked without being opened
		JsonObject published = first.diagnosticsOf(zeku);
		// four errors, format.year, and cell.blank on three 处理决定数量 printed empty
		assertEquals(8, published.getAsJsonArray("diagnostics").size(), published.toString());

		// the first tab changes zeku's text; the second still sees the file as it is on disk
		String text = Files.readString(folder.resolve("zeku-2023.gongkai"));
		first.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + zeku + "\",\"languageId\":\"gongkai\",\"version\":1,\"text\":"
				+ new Gson().toJson(text.replace("year    2023", "year    2023x")) + "}}");
		JsonObject broken = first.diagnosticsOf(zeku);
		assertTrue(broken.toString().contains("syntax") || broken.getAsJsonArray("diagnostics").size() != 8, broken.toString());
		JsonObject preview = second.request("gongkai/preview", "{\"uri\":\"" + zeku + "\"}");
		assertEquals(4, preview.getAsJsonObject("result").get("errors").getAsInt(), preview.toString());

		first.request("shutdown", "null");
		first.notify("exit", "null");
		first.close();
		// the JVM (this test's) is still there, and so is the other session
		JsonObject again = second.request("gongkai/preview", "{\"uri\":\"" + uri("gongbujiangda-2023.gongkai") + "\"}");
		assertEquals(0, again.getAsJsonObject("result").get("errors").getAsInt(), again.toString());
		assertTrue(again.getAsJsonObject("result").get("html").getAsString().contains("工布江达县"));
		LspTab third = LspTab.open(served);
		assertTrue(third.request("initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}").has("result"));
		second.close();
		third.close();
	}

	/** The URI of a file of the folder (ASCII names: as the server writes them). */
	private static String uri(String name) {
		return folder.resolve(name).toUri().toString();
	}
}
