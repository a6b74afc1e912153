package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai lsp} started as VS Code's language client starts it: {@code --stdio} and {@code --clientProcessId}
 * after the command, in both of picocli's spellings; the server ends when the client's process does.
 */
class LspClientOptionsTest {

	private static final String OWN_PID = String.valueOf(ProcessHandle.current().pid());

	@TempDir
	Path workspace;

	@Test
	void acceptsWhatVsCodeAdds() throws Exception {
		StdioServer.run(new NoOpClient(), workspace, List.of(), List.of("--stdio", "--clientProcessId=" + OWN_PID),
				StdioServer::shutDown);
	}

	@Test
	void acceptsTheProcessIdAsASeparateArgument() throws Exception {
		StdioServer.run(new NoOpClient(), workspace, List.of(), List.of("--clientProcessId", OWN_PID, "--stdio"),
				StdioServer::shutDown);
	}

	@Test
	void aProcessIdThatNamesNoProcessIsIgnored() throws Exception {
		StdioServer.run(new NoOpClient(), workspace, List.of(), List.of("--stdio", "--clientProcessId=" + Integer.MAX_VALUE),
				StdioServer::shutDown);
	}

	@Test
	void endsWhenTheClientsProcessEnds() throws Exception {
		Process client = new ProcessBuilder("sleep", "600").start();
		try {
			StdioServer.run(new NoOpClient(), workspace, List.of(), List.of("--stdio", "--clientProcessId=" + client.pid()),
					server -> {
						assertTrue(server.isAlive());
						client.destroy();
						assertEquals(1, server.exitStatus());
					});
		} finally {
			client.destroyForcibly();
		}
	}
}
