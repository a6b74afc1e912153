package org.gongkai.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.gongkai.cli.GongkaiCli;

import com.google.inject.Injector;

/**
 * The daemon a {@link DaemonClient} starts: it keeps the language's injector and a warm JIT between runs of
 * {@code gongkai validate}, and runs them one at a time, each in its client's folder, its output sent back as it is
 * written. Every run reads the files afresh: nothing of one report is kept for the next. It ends after
 * {@value #IDLE_MINUTES} minutes without a run, or once its socket is gone or another daemon's (its folder deleted,
 * a client found it dead).
 */
public final class DaemonServer {

	static final int IDLE_MINUTES = 30;
	private static final long WATCH_MS = 1_000;

	private final Path socket;
	private final Object socketKey;
	private Injector injector;
	private volatile long idleSince = System.nanoTime();
	private volatile boolean busy;

	private DaemonServer(Path socket) throws IOException {
		this.socket = socket;
		this.socketKey = key(socket);
	}

	/** Argument: the daemon's folder. */
	public static void main(String[] args) throws IOException {
		GongkaiCli.prepareProcess(System.err);
		DaemonFolder folder = new DaemonFolder(Path.of(args[0]), null);
		ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		server.bind(UnixDomainSocketAddress.of(folder.socket()));
		folder.startedListening();
		System.err.println("listening on " + folder.socket());
		new DaemonServer(folder.socket()).serve(server);
	}

	private void serve(ServerSocketChannel server) {
		Thread watch = new Thread(() -> watch(server), "gongkai-daemon-watch");
		watch.setDaemon(true);
		watch.start();
		while (server.isOpen()) {
			try (SocketChannel channel = server.accept()) {
				busy = true;
				answer(channel);
			} catch (IOException e) {
				// a client gone, or the server closed by the watch
			} finally {
				busy = false;
				idleSince = System.nanoTime();
			}
		}
		try {
			if (Objects.equals(key(socket), socketKey)) {
				Files.deleteIfExists(socket);
			}
		} catch (IOException e) {
			// the next client replaces it
		}
		System.exit(0);
	}

	private void answer(SocketChannel channel) throws IOException {
		DaemonProtocol.Request request = DaemonProtocol
				.read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))));
		DataOutputStream frames = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
		PrintStream out = new PrintStream(DaemonProtocol.frames(frames, DaemonProtocol.OUT), false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(DaemonProtocol.frames(frames, DaemonProtocol.ERR), false, StandardCharsets.UTF_8);
		if (request.arguments().isEmpty() || !request.arguments().get(0).equals(DaemonClient.SERVED)) {
			DaemonProtocol.writeExit(frames, GongkaiCli.PROBLEM);
			return;
		}
		long start = System.nanoTime();
		int status = GongkaiCli.runFor(request.arguments().toArray(String[]::new), out, err, request.interactive(),
				Path.of(request.workingFolder()), this::injector);
		out.flush();
		err.flush();
		DaemonProtocol.writeExit(frames, status);
		System.err.printf("%s: exit status %d, %d ms%n", DaemonClient.SERVED, status,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
	}

	/** Made by the first run, kept for the others. */
	private synchronized Injector injector() {
		if (injector == null) {
			injector = GongkaiCli.injectorOfTheCommands();
		}
		return injector;
	}

	/** Closes the server when it has been idle too long, or its socket is no longer its own (accept then returns). */
	private void watch(ServerSocketChannel server) {
		while (true) {
			try {
				Thread.sleep(WATCH_MS);
			} catch (InterruptedException e) {
				return;
			}
			boolean idle = !busy && System.nanoTime() - idleSince > TimeUnit.MINUTES.toNanos(IDLE_MINUTES);
			if (idle || !busy && !Objects.equals(key(socket), socketKey)) {
				try {
					server.close();
				} catch (IOException e) {
					// closed all the same
				}
				return;
			}
		}
	}

	/** The socket file's identity (inode), null when it is gone. */
	private static Object key(Path socket) {
		try {
			Object key = Files.readAttributes(socket, BasicFileAttributes.class).fileKey();
			return key != null ? key : Files.readAttributes(socket, BasicFileAttributes.class).creationTime();
		} catch (IOException e) {
			return null;
		}
	}
}
