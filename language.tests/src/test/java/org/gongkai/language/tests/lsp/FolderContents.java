package org.gongkai.language.tests.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a folder holds, every file and folder below it, as sorted relative paths (a folder's ending in "/"). */
public final class FolderContents {

	private FolderContents() {
	}

	public static List<String> of(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> !path.equals(root))
					.map(path -> root.relativize(path).toString().replace('\\', '/') + (Files.isDirectory(path) ? "/" : ""))
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
