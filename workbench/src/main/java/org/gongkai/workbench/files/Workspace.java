package org.gongkai.workbench.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folder {@code gongkai serve} works in. Every name the page sends is a path relative to it, with {@code /}
 * between folders; a name that is absolute, has {@code ..} or {@code .} in it, or leads out of the folder through a
 * symbolic link is refused.
 */
public final class Workspace {

	public static final String EXTENSION = ".gongkai";

	private final Path root;

	public Workspace(Path folder) throws IOException {
		root = folder.toRealPath();
	}

	public Path root() {
		return root;
	}

	/** The file a name stands for, inside the folder (it need not exist). */
	public Path resolve(String name) {
		if (name == null || name.isBlank() || name.indexOf('\0') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
				|| name.startsWith("/")) {
			throw new Refused(Refused.FORBIDDEN, "文件名须是工作区中的相对路径：" + name);
		}
		for (String element : name.split("/", -1)) {
			if (element.isEmpty() || element.equals(".") || element.equals("..")) {
				throw new Refused(Refused.FORBIDDEN, "文件名中不能有 .. 或空的部分：" + name);
			}
		}
		Path file = root.resolve(name).normalize();
		if (!file.startsWith(root) || !inside(file)) {
			throw new Refused(Refused.FORBIDDEN, "不能访问工作区以外的文件：" + name);
		}
		return file;
	}

	/** A report file of the folder: {@link #resolve} and the name ends in {@value #EXTENSION}. */
	public Path report(String name) {
		Path file = resolve(name);
		if (!file.getFileName().toString().endsWith(EXTENSION)) {
			throw new Refused(Refused.FORBIDDEN, "只能读写 .gongkai 报告文件：" + name);
		}
		return file;
	}

	/** The name of a file inside the folder, as the page sends it. */
	public String name(Path file) {
		return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}

	/** Whether the file, or its nearest existing folder, is inside the folder once symbolic links are followed. */
	private boolean inside(Path file) {
		Path existing = file;
		while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return false;
		}
		try {
			return existing.toRealPath().startsWith(root);
		} catch (IOException e) {
			return false;
		}
	}
}
