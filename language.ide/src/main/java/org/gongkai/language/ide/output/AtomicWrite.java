package org.gongkai.language.ide.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all (LANGUAGE.md §7): the bytes go to a temporary file in the target's folder
 * (created with the folder's usual permissions), which is then renamed into place. A reader never sees half a file.
 */
public final class AtomicWrite {

	private AtomicWrite() {
	}

	/** What is written, streamed: for files too large to hold in memory. */
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Writes {@code target}, replacing the file there if any. */
	public static void replace(Path target, byte[] bytes) throws IOException {
		replace(target, out -> out.write(bytes));
	}

	/** Writes {@code target} as the content streams it, replacing the file there if any. */
	public static void replace(Path target, Content content) throws IOException {
		Path temporary = temporary(target, content);
		try {
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Writes {@code target}, which must not exist: a hard link claims the name atomically, so a file that appears
	 * meanwhile is not overwritten either (on a file system without hard links, a plain move that checks first).
	 *
	 * @throws FileAlreadyExistsException when there is a file at {@code target}
	 */
	public static void createNew(Path target, byte[] bytes) throws IOException {
		Path temporary = temporary(target, out -> out.write(bytes));
		try {
			try {
				Files.createLink(target, temporary);
			} catch (FileAlreadyExistsException e) {
				throw e;
			} catch (UnsupportedOperationException | FileSystemException e) {
				Files.move(temporary, target);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Why a file could not be written, in Chinese. */
	public static String reason(IOException e) {
		return FileErrors.reason(e, true);
	}

	/** A {@link TemporaryFiles temporary file} beside the target, holding the content, flushed to the disk. */
	private static Path temporary(Path target, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		TemporaryFiles.removeStale(folder);
		for (int attempt = 0;; attempt++) {
			Path temporary = folder.resolve(TemporaryFiles.newName());
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				content.writeTo(out);
				out.flush();
				channel.force(true);
				return temporary;
			} catch (FileAlreadyExistsException e) {
				if (attempt == 10) {
					throw e;
				}
			} catch (IOException | RuntimeException e) {
				Files.deleteIfExists(temporary);
				throw e;
			}
		}
	}
}
