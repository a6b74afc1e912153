package org.gongkai.language.ide.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;

/** Why a file could not be read or written, in Chinese and with what to do; the system's own words only as a last resort. */
public final class FileErrors {

	/** The system's reasons (Linux, macOS and Windows wordings) and what they mean. */
	private static final Map<String, String> REASONS = Map.of(
			"Too many levels of symbolic links", "符号链接构成了循环（链接最终指向自己）；请改正或删除这个链接",
			"No space left on device", "磁盘已满；请腾出空间后再试",
			"There is not enough space on the disk", "磁盘已满；请腾出空间后再试",
			"Not a directory", "路径中有一级不是文件夹；请检查路径",
			"Read-only file system", "文件系统是只读的；请换一个可写的文件夹（-o）",
			"File name too long", "文件名太长；请把报告文件改名得短一些",
			"Disk quota exceeded", "磁盘配额已用完；请腾出空间后再试",
			"Is a directory", "那里是一个文件夹；请检查路径");

	private FileErrors() {
	}

	public static String reason(IOException e, boolean writing) {
		if (e instanceof AccessDeniedException) {
			return writing ? "没有写入权限；请换一个可写的文件夹（-o）或修改权限" : "没有读取权限；请修改文件的权限";
		}
		if (e instanceof NoSuchFileException) {
			return writing ? "文件夹不存在" : "文件不存在";
		}
		if (e instanceof FileAlreadyExistsException) {
			return "文件已存在";
		}
		if (e instanceof NotDirectoryException) {
			return REASONS.get("Not a directory");
		}
		if (e instanceof FileSystemLoopException) {
			return REASONS.get("Too many levels of symbolic links");
		}
		String said = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
		if (said != null) {
			for (Map.Entry<String, String> reason : REASONS.entrySet()) {
				if (said.contains(reason.getKey())) {
					return reason.getValue();
				}
			}
		}
		return (writing ? "写入失败" : "读取失败") + (said == null ? "" : "（系统报告：" + said + "）")
				+ "；请检查磁盘和权限后再试";
	}
}
