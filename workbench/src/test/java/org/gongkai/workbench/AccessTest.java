package org.gongkai.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a page other than the workbench's own, or a request that names a file outside the workspace, must not get:
 * each attempt is made against {@code gongkai serve} started through the command line, and must fail.
 */
class AccessTest {

	private static final String UPGRADE = "Upgrade: websocket";
	private static final String[] WEBSOCKET = { UPGRADE, "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
			"Sec-WebSocket-Version: 13" };

	@TempDir
	static Path folder;

	@TempDir
	static Path outside;

	private static ServedFolder served;
	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void serve() throws IOException {
		served = ServedFolder.start(folder);
	}

	@Test
	void thePageNeedsTheToken() throws IOException {
		assertEquals(200, served.status("GET", "/?token=" + served.token));
		assertEquals(403, served.status("GET", "/"));
		assertEquals(403, served.status("GET", "/?token=" + served.token.substring(1)));
		assertEquals(403, served.status("GET", "/index.html"));
		assertEquals(403, served.status("GET", "/api/files"));
		assertEquals(200, served.status("GET", "/index.html", "Cookie: gongkai-" + served.port + "=" + served.token));
		assertEquals(403, served.status("GET", "/index.html", "Cookie: gongkai-" + served.port + "=wrong"));
	}

	@Test
	void theWebSocketNeedsTheTokenAndTheWorkbenchsOrigin() throws IOException {
		String origin = "Origin: http://127.0.0.1:" + served.port;
		assertEquals(403, served.status("GET", "/lsp", with(WEBSOCKET, origin)));
		assertEquals(403, served.status("GET", "/lsp?token=nope", with(WEBSOCKET, origin)));
		assertEquals(403, served.status("GET", "/lsp?token=" + served.token, with(WEBSOCKET, "Origin: http://evil.example")));
		assertEquals(403, served.status("GET", "/lsp?token=" + served.token, with(WEBSOCKET, "Origin: null")));
		assertEquals(101, served.status("GET", "/lsp?token=" + served.token, with(WEBSOCKET, origin)));
	}

	@Test
	void anotherHostNameIsRefusedEvenWithTheToken() throws IOException {
		// DNS rebinding: evil.example resolves to 127.0.0.1 after the page has loaded, the browser sends its Host
		assertEquals(403, served.status("GET", "/?token=" + served.token, "Host: evil.example:" + served.port));
		assertEquals(403, served.status("GET", "/lsp?token=" + served.token, with(WEBSOCKET, "Host: evil.example:" + served.port)));
		assertEquals(200, served.status("GET", "/?token=" + served.token, "Host: localhost:" + served.port));
	}

	@Test
	void aRequestFromAnotherSiteIsRefused() throws IOException {
		assertEquals(403, served.status("POST", "/api/new?token=" + served.token, "Origin: http://evil.example",
				"Content-Type: text/plain"));
	}

	@Test
	void pathsOutsideTheWorkspaceAreRefused() throws Exception {
		Files.writeString(outside.resolve("secret.gongkai"), "secret");
		Files.createSymbolicLink(folder.resolve("link.gongkai"), outside.resolve("secret.gongkai"));
		Files.createSymbolicLink(folder.resolve("out"), outside);
		for (String name : new String[] { "../secret.gongkai", outside.resolve("secret.gongkai").toString(), "link.gongkai",
				"out/secret.gongkai", "./zeku-2023.gongkai", "a/../../secret.gongkai", "C:\\secret.gongkai" }) {
			HttpResponse<String> read = get("/api/file", "name=" + encode(name));
			assertEquals(403, read.statusCode(), name + ": " + read.body());
			assertFalse(read.body().contains("secret\""), read.body());
		}
		HttpResponse<String> written = send("PUT", "/api/file", "name=" + encode("out/new.gongkai") + "&base=x", "report");
		assertEquals(403, written.statusCode());
		assertFalse(Files.exists(outside.resolve("new.gongkai")));
	}

	@Test
	void onlyReportFilesAreReadOrWritten() throws Exception {
		Files.writeString(folder.resolve("notes.txt"), "notes");
		assertEquals(403, get("/api/file", "name=notes.txt").statusCode());
		assertEquals(403, send("PUT", "/api/file", "name=notes.txt&base=x", "overwritten").statusCode());
		assertEquals("notes", Files.readString(folder.resolve("notes.txt")));
		assertEquals(403, send("POST", "/api/rename", "", "{\"from\":\"zeku-2023.gongkai\",\"to\":\"zeku.html\"}").statusCode());
		assertTrue(Files.exists(folder.resolve("zeku-2023.gongkai")));
	}

	@Test
	void aRenameNeverReplacesAFile() throws Exception {
		String original = Files.readString(folder.resolve("zezhou-2024.gongkai"));
		assertEquals(409, send("POST", "/api/rename", "", "{\"from\":\"zezhou-2024.gongkai\",\"to\":\"zeku-2023.gongkai\"}").statusCode());
		assertEquals(original, Files.readString(folder.resolve("zezhou-2024.gongkai")));
		HttpResponse<String> renamed = send("POST", "/api/rename", "", "{\"from\":\"zezhou-2024.gongkai\",\"to\":\"泽州县2024.gongkai\"}");
		assertEquals(200, renamed.statusCode(), renamed.body());
		assertFalse(Files.exists(folder.resolve("zezhou-2024.gongkai")));
		assertEquals(original, Files.readString(folder.resolve("泽州县2024.gongkai")));
	}

	@Test
	void aSaveOverAFileChangedOnDiskIsRefused() throws Exception {
		Path report = folder.resolve("zequ-2022.gongkai");
		String opened = get("/api/file", "name=zequ-2022.gongkai").body();
		String digest = opened.replaceAll("(?s).*\"digest\":\"([0-9a-f]+)\".*", "$1");
		Files.writeString(report, Files.readString(report) + "// 另一个程序\n");
		HttpResponse<String> saved = send("PUT", "/api/file", "name=zequ-2022.gongkai&base=" + digest, "report \"x\" {}");
		assertEquals(409, saved.statusCode(), saved.body());
		assertTrue(Files.readString(report).endsWith("// 另一个程序\n"));
		String current = get("/api/digest", "name=zequ-2022.gongkai").body().replaceAll(".*\"digest\":\"([0-9a-f]+)\".*", "$1");
		assertEquals(200, send("PUT", "/api/file", "name=zequ-2022.gongkai&base=" + current, "report \"x\" {}").statusCode());
		assertEquals("report \"x\" {}", Files.readString(report));
	}

	@Test
	void aNewReportNeverReplacesAFile() throws Exception {
		String form = "{\"organ\":\"某县人民政府\",\"year\":2024,\"level\":\"government\"}";
		HttpResponse<String> created = send("POST", "/api/new", "", form);
		assertEquals(200, created.statusCode(), created.body());
		Path report = folder.resolve("某县人民政府2024.gongkai");
		assertTrue(Files.readString(report).contains("〔待填写〕"));
		Files.writeString(report, "mine");
		assertEquals(409, send("POST", "/api/new", "", form).statusCode());
		assertEquals("mine", Files.readString(report));
	}

	@Test
	void nextYearsReportStartsBesideLastYearsAndNeverReplacesAFile() throws Exception {
		Files.createDirectories(folder.resolve("2023"));
		String last = Files.readString(folder.resolve("gongbujiangda-2023.gongkai")).replace("report \"工布江达县2023\"", "report \"工布江达\"");
		Files.writeString(folder.resolve("2023/工布江达.gongkai"), last);
		HttpResponse<String> started = send("POST", "/api/next", "", "{\"from\":\"2023/工布江达.gongkai\"}");
		assertEquals(200, started.statusCode(), started.body());
		assertTrue(started.body().contains("2023/工布江达县人民政府2024.gongkai"), started.body());
		Path report = folder.resolve("2023/工布江达县人民政府2024.gongkai");
		assertTrue(Files.readString(report).contains("normative: valid 12"), Files.readString(report));
		assertTrue(Files.readString(report).contains("previous \"工布江达\""), Files.readString(report));
		Files.writeString(report, "mine");
		HttpResponse<String> again = send("POST", "/api/next", "", "{\"from\":\"2023/工布江达.gongkai\"}");
		assertEquals(409, again.statusCode());
		assertTrue(again.body().contains("已存在，不会覆盖"), again.body());
		assertEquals("mine", Files.readString(report));
		Files.writeString(outside.resolve("last.gongkai"), last);
		assertEquals(403, send("POST", "/api/next", "", "{\"from\":\"../last.gongkai\"}").statusCode());
		Files.writeString(folder.resolve("no-year.gongkai"), "report \"x\" { organ \"某县人民政府\" }");
		HttpResponse<String> noYear = send("POST", "/api/next", "", "{\"from\":\"no-year.gongkai\"}");
		assertEquals(400, noYear.statusCode());
		assertTrue(noYear.body().contains("没有写明机关（organ）和年度（year）"), noYear.body());
	}

	@Test
	void aReportWithErrorsIsNotDownloaded() throws Exception {
		HttpResponse<String> refused = get("/api/download", "name=zeku-2023.gongkai&to=docx");
		assertEquals(409, refused.statusCode());
		assertTrue(refused.body().contains("4 处错误"), refused.body());
		HttpResponse<byte[]> html = http.send(HttpRequest.newBuilder(served.uri("/api/download?name=gongbujiangda-2023.gongkai&to=html&token="
				+ served.token)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertEquals(200, html.statusCode());
		String page = new String(html.body(), StandardCharsets.UTF_8);
		assertTrue(page.contains("工布江达县人民政府2023年政府信息公开工作年度报告") && page.contains("gongkai-source"), page);
	}

	private HttpResponse<String> get(String path, String query) throws Exception {
		return http.send(HttpRequest.newBuilder(served.uri(path + "?" + query + "&token=" + served.token)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String method, String path, String query, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(served.uri(path + "?" + query + "&token=" + served.token))
				.method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String[] with(String[] headers, String header) {
		String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
		all[headers.length] = header;
		return all;
	}
}
