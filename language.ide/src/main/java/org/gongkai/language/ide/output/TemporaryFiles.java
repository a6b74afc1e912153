package org.gongkai.language.ide.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The names of {@link AtomicWrite}'s temporary files: {@code .gongkai-XXXXXXXX.tmp}, 22 bytes whatever the final
 * name, so a final name at the file system's limit can still be written. A temporary file left by a process that was
 * killed is removed when this process first writes into its folder, once it is older than {@link #STALE}: only files
 * of exactly this shape, which nothing but Gongkai writes.
 */
public final class TemporaryFiles {

	static final Duration STALE = Duration.ofMinutes(1);
	private static final Pattern SHAPE = Pattern.compile("\\.gongkai-[0-9a-f]{8}\\.tmp");
	private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

	private TemporaryFiles() {
	}

	static String newName() {
		return ".gongkai-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp";
	}

	static boolean isTemporary(String name) {
		return SHAPE.matcher(name).matches();
	}

	/** Removes the stale temporary files of {@code folder}, once per process; one that cannot be removed is left alone. */
	static void removeStale(Path folder) {
		if (!CLEANED.add(folder)) {
			return;
		}
		Instant before = Instant.now().minus(STALE);
		try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder, ".gongkai-*.tmp")) {
			for (Path temporary : temporaries) {
				if (isTemporary(temporary.getFileName().toString()) && isOlder(temporary, before)) {
					Files.deleteIfExists(temporary);
				}
			}
		} catch (IOException | RuntimeException e) {
			// a stale temporary file harms nothing; writing goes on
		}
	}

	private static boolean isOlder(Path file, Instant before) throws IOException {
		FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
		return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && modified.toInstant().isBefore(before);
	}
}
