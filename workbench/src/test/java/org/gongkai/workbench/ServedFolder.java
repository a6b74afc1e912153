package org.gongkai.workbench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.cli.GongkaiCli;

/**
 * {@code gongkai serve --no-browser [OPTIONS] DIR} run through the command line's entry point on a thread of the test's JVM,
 * with the examples copied into DIR; the address is read from the first line of its standard output.
 */
final class ServedFolder {

	private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\?token=([\\w-]+)");

	final Path folder;
	final String address;
	final int port;
	final String token;

	private ServedFolder(Path folder, String address) {
		this.folder = folder;
		this.address = address;
		Matcher matcher = ADDRESS.matcher(address);
		if (!matcher.matches()) {
			throw new AssertionError("not the workbench's address: " + address);
		}
		port = Integer.parseInt(matcher.group(1));
		token = matcher.group(2);
	}

	static ServedFolder start(Path folder, String... options) throws IOException {
		Path examples = Path.of("../examples");
		try (var reports = Files.list(examples)) {
			for (Path report : reports.toList()) {
				Files.copy(report, folder.resolve(report.getFileName()));
			}
		}
		PipedInputStream pipe = new PipedInputStream();
		PrintStream out = new PrintStream(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		List<String> arguments = new ArrayList<>(List.of("serve", "--no-browser"));
		arguments.addAll(List.of(options));
		arguments.add(folder.toString());
		Thread server = new Thread(() -> GongkaiCli.run(arguments.toArray(String[]::new), out, err), "gongkai-serve-test");
		server.setDaemon(true);
		server.start();
		String first = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8)).readLine();
		return new ServedFolder(folder, first);
	}

	URI uri(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + port + pathAndQuery);
	}

	/** The status line's code of a request written as is (so that Host and Origin can be anything). */
	int status(String method, String target, String... headers) throws IOException {
		return exchange(method, target, "", headers).status();
	}

	record Answer(int status, String body) {
	}

	Answer exchange(String method, String target, String body, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			byte[] content = body.getBytes(StandardCharsets.UTF_8);
			StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
			boolean host = false;
			for (String header : headers) {
				request.append(header).append("\r\n");
				host |= header.toLowerCase().startsWith("host:");
			}
			if (!host) {
				request.append("Host: 127.0.0.1:").append(port).append("\r\n");
			}
			request.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
			OutputStream output = socket.getOutputStream();
			output.write(request.toString().getBytes(StandardCharsets.UTF_8));
			output.write(content);
			output.flush();
			socket.setSoTimeout(60_000);
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int read;
			try {
				while ((read = socket.getInputStream().read(buffer)) > 0) {
					received.write(buffer, 0, read);
					if (method.equals("GET") && target.startsWith("/lsp") && received.toString(StandardCharsets.UTF_8).contains("\r\n\r\n")) {
						break;
					}
				}
			} catch (java.net.SocketTimeoutException e) {
				// a WebSocket that was upgraded stays open: what came is the answer
			}
			String text = received.toString(StandardCharsets.UTF_8);
			int status = Integer.parseInt(text.substring(9, 12));
			int bodyStart = text.indexOf("\r\n\r\n");
			return new Answer(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
		}
	}
}
