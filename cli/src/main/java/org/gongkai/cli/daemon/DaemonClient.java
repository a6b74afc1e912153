package org.gongkai.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.gongkai.cli.GongkaiCli;

/**
 * {@code gongkai validate} asked of the daemon of this jar ({@link DaemonServer}): a run then costs a Java start and the
 * check, not Xtext's start (issue 14). When no daemon listens the run is this process's, as without one, and starts
 * the daemon as it ends, for the runs after it; a daemon still starting is left to start. Nothing here loads the
 * language; whatever keeps the daemon from answering before it said anything leaves the command to this process.
 * {@code GONGKAI_DAEMON=off} keeps every run in its own process.
 */
public final class DaemonClient {

	/** The command the daemon runs. */
	static final String SERVED = "validate";
	/** The system property that names the AOT cache the daemon starts with. */
	public static final String AOT_CACHE = "gongkai.daemon.aot-cache";

	private final DaemonFolder daemon;

	private DaemonClient(DaemonFolder daemon) {
		this.daemon = daemon;
	}

	/** The daemon's client for a command it may run; none for the others, when it is off or has no folder. */
	public static Optional<DaemonClient> of(String[] args) {
		// picocli reads an @FILE argument from the process's folder, which is not the daemon's
		if (args.length == 0 || !args[0].equals(SERVED) || off()
				|| List.of(args).stream().anyMatch(argument -> argument.startsWith("@"))) {
			return Optional.empty();
		}
		return DaemonFolder.ofRunningJar().filter(DaemonFolder::make).map(DaemonClient::new);
	}

	/** The exit status of the command the daemon ran; empty when it should run in this process. */
	public OptionalInt ask(String[] args, boolean interactive) {
		SocketChannel channel = tryConnect();
		if (channel == null) {
			return OptionalInt.empty();
		}
		DaemonProtocol.Request request = new DaemonProtocol.Request(Path.of("").toAbsolutePath().toString(), interactive,
				List.of(args));
		try {
			return exchange(channel, request);
		} finally {
			try {
				channel.close();
			} catch (IOException e) {
				// the answer is in
			}
		}
	}

	/**
	 * Starts the daemon unless one listens or is starting; one client of those ending at once starts it (the lock),
	 * and nothing it fails at is the user's concern: the next run is this process's again.
	 */
	public void startIfAbsent() {
		try (FileChannel file = FileChannel.open(daemon.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = file.lock()) {
			SocketChannel channel = tryConnect();
			if (channel != null) {
				channel.close();
				return;
			}
			if (daemon.starting()) {
				return;
			}
			Files.deleteIfExists(daemon.socket());
			daemon.markStarting();
			start();
		} catch (IOException | RuntimeException e) {
			// no daemon this time
		}
	}

	private static boolean off() {
		String setting = System.getenv("GONGKAI_DAEMON");
		return setting != null
				&& (setting.equalsIgnoreCase("off") || setting.equals("0") || setting.equalsIgnoreCase("false"));
	}

	private SocketChannel tryConnect() {
		if (!Files.exists(daemon.socket())) {
			return null;
		}
		try {
			SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			try {
				channel.connect(UnixDomainSocketAddress.of(daemon.socket()));
				return channel;
			} catch (IOException | RuntimeException e) {
				channel.close();
				return null;
			}
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The daemon runs on this Java, with the options a user gives the launchers (GONGKAI_JAVA_OPTS: a larger heap is
	 * for the daemon that does the work) and the commands' AOT cache the launcher names for it ({@value #AOT_CACHE});
	 * its output goes to its log, never to the terminal of the run that started it.
	 */
	private void start() throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		String options = System.getenv("GONGKAI_JAVA_OPTS");
		if (options != null && !options.isBlank()) {
			command.addAll(List.of(options.trim().split("\\s+")));
		}
		String cache = System.getProperty(AOT_CACHE);
		if (cache != null && Runtime.version().feature() >= 25 && Files.isRegularFile(Path.of(cache))) {
			command.addAll(List.of("-XX:AOTCache=" + cache, "-Xlog:disable"));
		}
		// an idle daemon gives back what a large check took
		command.addAll(List.of("-XX:-DontCompileHugeMethods", "-XX:G1PeriodicGCInterval=60000", "-cp",
				daemon.jar().toString(), DaemonServer.class.getName(), daemon.folder().toString()));
		// in its own folder: a client's folder is only the one its request names
		ProcessBuilder builder = new ProcessBuilder(detached(command)).directory(daemon.folder().toFile())
				.redirectErrorStream(true).redirectOutput(daemon.log().toFile());
		Process process = builder.start();
		process.getOutputStream().close();
		try {
			process.waitFor(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Where there is a POSIX shell, the daemon is its background job and the shell ends at once: Java's thread that
	 * waits for a child it started would otherwise be waiting still as this process exits, and the JVM gives such a
	 * thread 300 ms to come back before it ends (measured: a run that started the daemon took 0.35 s longer). The
	 * shell's background job also ignores the terminal's Ctrl-C, which is for the run, not for the daemon.
	 */
	private static List<String> detached(List<String> command) {
		if (!Files.isExecutable(Path.of("/bin/sh"))) {
			return command;
		}
		List<String> shell = new ArrayList<>(List.of("/bin/sh", "-c", "\"$@\" </dev/null &", "sh"));
		shell.addAll(command);
		return shell;
	}

	private static OptionalInt exchange(SocketChannel channel, DaemonProtocol.Request request) {
		OutputStream stdout = new FileOutputStream(FileDescriptor.out);
		OutputStream stderr = new FileOutputStream(FileDescriptor.err);
		boolean answered = false;
		try {
			DaemonProtocol.write(request, new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))));
			DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
			while (true) {
				byte kind = in.readByte();
				answered = true;
				if (kind == DaemonProtocol.EXIT) {
					int status = in.readInt();
					return OptionalInt.of(status);
				}
				byte[] bytes = in.readNBytes(in.readInt());
				writeIfOpen(kind == DaemonProtocol.OUT ? stdout : stderr, bytes);
			}
		} catch (IOException e) {
			return interrupted(answered, stderr);
		}
	}

	/** As a run in its own process does, a closed stdout (`| head`) does not end the run: its status still comes. */
	private static void writeIfOpen(OutputStream stream, byte[] bytes) {
		try {
			stream.write(bytes);
		} catch (IOException e) {
			// nobody reads it any more
		}
	}

	/** Before the daemon said anything the command runs here; after, its output cannot be taken back. */
	private static OptionalInt interrupted(boolean answered, OutputStream stderr) {
		if (!answered) {
			return OptionalInt.empty();
		}
		try {
			stderr.write(("\ngongkai: 后台检查进程意外中断，检查没有完成；请再运行一次（设置环境变量 GONGKAI_DAEMON=off 可不用后台进程）\n")
					.getBytes(StandardCharsets.UTF_8));
		} catch (IOException ignored) {
			// stderr is gone as well
		}
		return OptionalInt.of(GongkaiCli.PROBLEM);
	}
}
