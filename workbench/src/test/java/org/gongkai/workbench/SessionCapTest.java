package org.gongkai.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.cli.GongkaiCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tabs beyond the cap get 503 instead of another language-server session; a tab that closes makes room; {@code
 * --max-tabs} moves the cap (up for a benchmark's 20 tabs, or down), and refuses less than one.
 */
class SessionCapTest {

	@TempDir
	Path folder;

	@Test
	void theTabAfterTheLastAllowedIsRefused() throws Exception {
		ServedFolder served = ServedFolder.start(folder);
		List<Socket> tabs = new ArrayList<>();
		try {
			for (int i = 0; i < Workbench.MAX_SESSIONS; i++) {
				Socket tab = new Socket("127.0.0.1", served.port);
				tabs.add(tab);
				assertEquals(101, upgrade(tab, served), "tab " + (i + 1));
			}
			try (Socket refused = new Socket("127.0.0.1", served.port)) {
				assertEquals(503, upgrade(refused, served));
			}
			tabs.remove(0).close();
			int status = 503;
			for (int attempt = 0; attempt < 100 && status == 503; attempt++) {
				Thread.sleep(100);
				try (Socket next = new Socket("127.0.0.1", served.port)) {
					status = upgrade(next, served);
				}
			}
			assertEquals(101, status);
		} finally {
			for (Socket tab : tabs) {
				tab.close();
			}
		}
	}

	@Test
	void maxTabsMovesTheCap() throws Exception {
		int cap = Workbench.MAX_SESSIONS + 2;
		ServedFolder served = ServedFolder.start(folder, "--max-tabs", Integer.toString(cap));
		List<Socket> tabs = new ArrayList<>();
		try {
			for (int i = 0; i < cap; i++) {
				Socket tab = new Socket("127.0.0.1", served.port);
				tabs.add(tab);
				assertEquals(101, upgrade(tab, served), "tab " + (i + 1) + " of --max-tabs " + cap);
			}
			try (Socket refused = new Socket("127.0.0.1", served.port)) {
				assertEquals(503, upgrade(refused, served));
			}
		} finally {
			for (Socket tab : tabs) {
				tab.close();
			}
		}
	}

	@Test
	void maxTabsBelowOneIsAUsageError() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = GongkaiCli.run(new String[] { "serve", "--no-browser", "--max-tabs", "0", folder.toString() },
				new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(2, status);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--max-tabs"), err.toString(StandardCharsets.UTF_8));
	}

	/** The status of a WebSocket upgrade on /lsp, as the page asks for it; the socket stays open. */
	private static int upgrade(Socket socket, ServedFolder served) throws IOException {
		OutputStream output = socket.getOutputStream();
		output.write(("GET /lsp?token=" + served.token + " HTTP/1.1\r\nHost: 127.0.0.1:" + served.port + "\r\nOrigin: http://127.0.0.1:"
				+ served.port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
				+ "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		output.flush();
		socket.setSoTimeout(60_000);
		InputStream input = socket.getInputStream();
		byte[] status = input.readNBytes(12);
		return Integer.parseInt(new String(status, 9, 3, StandardCharsets.US_ASCII));
	}
}
