package org.gongkai.cli.daemon;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The folder of the daemon that serves this jar on this Java: in the user's cache, where the launchers keep the AOT
 * caches, named by the jar's place, size and time and by the Java (by the shell launcher, or here), so that a changed
 * jar or Java gets a daemon of its own and never one that runs other code. It holds the daemon's socket, the lock clients take to
 * start it and its log. Only the user may enter it (on file systems that know permissions): whoever may connect to
 * the socket may have the daemon read files as that user.
 */
record DaemonFolder(Path folder, Path jar) {

	/**
	 * The system property by which the shell launcher names the folder, as it names its caches, so that it sees whether
	 * the daemon listens.
	 */
	static final String FOLDER = "gongkai.daemon.folder";
	/** Linux's limit of a socket's path is 108 bytes, with the terminating NUL; macOS's 104. */
	private static final int LONGEST_SOCKET_PATH = 100;
	private static final long STARTING_MS = 60_000;

	Path socket() {
		return folder.resolve("socket");
	}

	Path lock() {
		return folder.resolve("start.lock");
	}

	Path log() {
		return folder.resolve("daemon.log");
	}

	/** Written by the client that starts the daemon, deleted by the daemon once it listens. */
	private Path startingMark() {
		return folder.resolve("starting");
	}

	void markStarting() throws IOException {
		Files.writeString(startingMark(), "");
	}

	void startedListening() throws IOException {
		Files.deleteIfExists(startingMark());
	}

	/** A daemon started in the last minute and not yet listening; one that died starting is tried again after that. */
	boolean starting() {
		try {
			return System.currentTimeMillis() - Files.getLastModifiedTime(startingMark()).toMillis() < STARTING_MS;
		} catch (IOException e) {
			return false;
		}
	}

	/** None when this code does not run from a jar file, or no cache folder can hold a socket. */
	static Optional<DaemonFolder> ofRunningJar() {
		try {
			Path jar = Path.of(DaemonFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (!Files.isRegularFile(jar)) {
				return Optional.empty();
			}
			String named = System.getProperty(FOLDER);
			DaemonFolder daemon = new DaemonFolder(named != null ? Path.of(named) : cache().resolve(name(jar)), jar);
			if (daemon.socket().toString().getBytes(StandardCharsets.UTF_8).length > LONGEST_SOCKET_PATH) {
				return Optional.empty();
			}
			return Optional.of(daemon);
		} catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException | NullPointerException e) {
			return Optional.empty();
		}
	}

	/** The folder's name when no launcher names it ({@value #FOLDER}). */
	private static String name(Path jar) throws IOException {
		String identity = jar.toRealPath() + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis()
				+ "\n" + System.getProperty("java.home") + "\n" + Runtime.version();
		CRC32 crc = new CRC32();
		crc.update(identity.getBytes(StandardCharsets.UTF_8));
		return "daemon-" + Long.toHexString(crc.getValue());
	}

	/** Makes the folder, only the user's; false when it cannot be made. */
	boolean make() {
		try {
			if (!Files.isDirectory(folder)) {
				Files.createDirectories(folder);
				if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
					Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
				}
			}
			return Files.isWritable(folder);
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false;
		}
	}

	/** The launchers' cache: XDG_CACHE_HOME or $HOME/.cache, as the shell launcher takes it; on Windows %LOCALAPPDATA%. */
	private static Path cache() {
		String xdg = System.getenv("XDG_CACHE_HOME");
		if (xdg != null && !xdg.isBlank()) {
			return Path.of(xdg, "gongkai");
		}
		String local = System.getenv("LOCALAPPDATA");
		if (local != null && !local.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
			return Path.of(local, "gongkai");
		}
		String home = System.getenv("HOME");
		return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".cache", "gongkai");
	}
}
