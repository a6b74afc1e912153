package org.gongkai.language.ide.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether a file was written by Gongkai, so that {@code generate} may overwrite it without {@code --force}. Each
 * format carries a mark near its start:
 * <ul>
 * <li>html: {@code <meta name="generator" content="Gongkai">} in the head</li>
 * <li>md: {@code <!-- generator: Gongkai -->} (an HTML comment, not shown)</li>
 * <li>json: {@code "generator": "Gongkai"}</li>
 * <li>docx: the extended property Application, {@code <Application>Gongkai</Application>} in docProps/app.xml (Word
 * writes its own name there when it saves the file, and the file is then the writer's, not ours)</li>
 * <li>xlsx: the same property, as {@code gongkai summary} writes it (Excel and WPS write their own name there too)</li>
 * </ul>
 * A text mark must stand within the first {@value #HEAD} bytes. A format without a mark here never counts as ours.
 * Beside it, a document written from a report carries that report's {@link SourceMark}.
 */
public final class GeneratedMark {

	static final int HEAD = 8192;

	private static final Map<String, Pattern> TEXT_MARKS = Map.of(
			"html", Pattern.compile("<meta\\s+name=\"generator\"\\s+content=\"Gongkai[\" ]"),
			"md", Pattern.compile("<!--\\s*generator:\\s*Gongkai\\b"),
			"json", Pattern.compile("\"generator\"\\s*:\\s*\"Gongkai\""));

	private static final Pattern DOCX_APPLICATION = Pattern.compile("<(?:\\w+:)?Application>\\s*Gongkai\\s*</");

	private GeneratedMark() {
	}

	public static boolean isOurs(Path file, String format) {
		try {
			if ("docx".equals(format) || "xlsx".equals(format)) {
				return docx(file);
			}
			Pattern mark = TEXT_MARKS.get(format);
			return mark != null && mark.matcher(head(file)).find();
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** The report a file of Gongkai's was generated from, when the file says so. */
	public static Optional<SourceMark> source(Path file, String format) {
		try {
			return SourceMark.read(format, "docx".equals(format) ? entry(file, SourceMark.CORE) : head(file));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static String head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
		}
	}

	private static boolean docx(Path file) throws IOException {
		return DOCX_APPLICATION.matcher(entry(file, "docProps/app.xml")).find();
	}

	/** The text of a part of a package (its first megabyte), empty when there is no such part. */
	private static String entry(Path file, String name) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry(name);
			if (entry == null) {
				return "";
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
			}
		}
	}
}
