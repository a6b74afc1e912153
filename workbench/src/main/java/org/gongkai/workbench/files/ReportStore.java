package org.gongkai.workbench.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.gongkai.importer.ImportTargets;
import org.gongkai.language.ide.input.ReportText;
import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Skeleton;

/**
 * Reads and writes the workspace's report files. Each read carries a digest of the bytes on disk; a save names the
 * digest it started from and is refused when the file has changed since (another program wrote it), so nothing is
 * overwritten unseen. Files are written whole ({@link AtomicWrite}); a new file never replaces one.
 */
public final class ReportStore {

	/** A report's text and the digest of its bytes; {@code warning}: how it was decoded when not UTF-8, or null. */
	public record Opened(String name, String text, String digest, String warning) {
	}

	private final Workspace workspace;

	public ReportStore(Workspace workspace) {
		this.workspace = workspace;
	}

	public Opened open(String name) {
		Path file = existing(name);
		try {
			byte[] bytes = Files.readAllBytes(file);
			ReportText text = ReportText.decode(bytes);
			return new Opened(name, text.text(), digest(bytes), text.warning());
		} catch (IOException e) {
			throw new Refused(Refused.CONFLICT, "无法读取 " + name + "：" + AtomicWrite.reason(e));
		}
	}

	/** The digest of the file as it is on disk now. */
	public String digest(String name) {
		try {
			return digest(Files.readAllBytes(existing(name)));
		} catch (IOException e) {
			throw new Refused(Refused.CONFLICT, "无法读取 " + name + "：" + AtomicWrite.reason(e));
		}
	}

	/**
	 * @param base the digest the text was opened with
	 * @return the digest of what was written
	 */
	public String save(String name, String text, String base) {
		Path file = existing(name);
		if (!digest(name).equals(base)) {
			throw new Refused(Refused.CONFLICT, name + " 在打开之后被其他程序改过；请先重新载入，或另存为新文件");
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		try {
			AtomicWrite.replace(file, bytes);
		} catch (IOException e) {
			throw new Refused(Refused.CONFLICT, "无法写入 " + name + "：" + AtomicWrite.reason(e));
		}
		return digest(bytes);
	}

	/** A new report from {@code gongkai new}'s skeleton; returns its name. */
	public String create(String organ, int year, String level) {
		Skeleton.problem(organ, year).ifPresent(problem -> {
			throw new Refused(Refused.BAD_REQUEST, problem);
		});
		String trimmed = organ.strip();
		OrganLevel organLevel = level == null || level.isBlank() ? OrganLevel.fromOrganName(trimmed)
				: OrganLevel.byKeyword(level).orElseThrow(() -> new Refused(Refused.BAD_REQUEST, "不认识的级别 " + level));
		String name = Skeleton.fileName(trimmed, year);
		createNew(name, Skeleton.of(trimmed, year, Formats.byId(2021).orElseThrow(), organLevel));
		return name;
	}

	/** Writes a report that must not exist yet. */
	public void createNew(String name, String text) {
		Path file = workspace.report(name);
		try {
			Files.createDirectories(file.getParent());
			AtomicWrite.createNew(file, text.getBytes(StandardCharsets.UTF_8));
		} catch (FileAlreadyExistsException e) {
			throw new Refused(Refused.CONFLICT, name + " 已存在，不会覆盖");
		} catch (IOException e) {
			throw new Refused(Refused.CONFLICT, "无法写入 " + name + "：" + AtomicWrite.reason(e));
		}
	}

	public void rename(String from, String to) {
		Path source = existing(from);
		Path target = workspace.report(to);
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new Refused(Refused.CONFLICT, to + " 已存在，不会覆盖");
		}
		try {
			Files.createLink(target, source);
			Files.delete(source);
		} catch (FileAlreadyExistsException e) {
			throw new Refused(Refused.CONFLICT, to + " 已存在，不会覆盖");
		} catch (IOException | UnsupportedOperationException e) {
			throw new Refused(Refused.CONFLICT, "无法改名为 " + to + "：" + (e instanceof IOException io ? AtomicWrite.reason(io) : e.getMessage()));
		}
	}

	/** The report a published file is imported into, under a name not taken yet ({@link ImportTargets#freeName}). */
	public String freeName(String published) {
		return ImportTargets.freeName(published, name -> Files.exists(workspace.report(name), LinkOption.NOFOLLOW_LINKS));
	}

	/** The report file a name stands for. */
	public Path file(String name) {
		return workspace.report(name);
	}

	private Path existing(String name) {
		Path file = workspace.report(name);
		if (!Files.isRegularFile(file)) {
			throw new Refused(Refused.NOT_FOUND, "没有这个报告文件：" + name);
		}
		return file;
	}

	static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
