package org.gongkai.workbench.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a folder holds, file by file: path, size and time of last change. Two equal stamps mean no file of the folder
 * was added, removed or written between them (as far as the file system's clock tells), so a check of the folder made
 * after the first still holds.
 */
final class FolderStamp {

	private FolderStamp() {
	}

	/** The folder's stamp, or null when it cannot be read whole (then nothing is taken as unchanged). */
	static List<String> of(Path folder) {
		try (Stream<Path> entries = Files.walk(folder)) {
			return entries.sorted().map(FolderStamp::stamp).toList();
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static String stamp(Path path) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
			return path + "\u0000" + attributes.size() + "\u0000" + attributes.lastModifiedTime().toInstant();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
