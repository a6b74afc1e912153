package org.gongkai.language.ide.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Which report file a document was generated from, written into the document beside {@link GeneratedMark}'s mark:
 * the report's file name (URL-encoded) and a digest of its real path — the folders are not published.
 * <ul>
 * <li>html: {@code <meta name="gongkai-source" content="SOURCE">} after the generator's meta</li>
 * <li>md: {@code <!-- generator: Gongkai; source: SOURCE -->}</li>
 * <li>json: {@code "source": "SOURCE"} after {@code "generator"}</li>
 * <li>docx: {@code <dc:identifier>gongkai-source:SOURCE</dc:identifier>} in docProps/core.xml</li>
 * </ul>
 *
 * @param name the report's file name, as it was when the document was written
 * @param digest the first 16 hex digits of the SHA-256 of the report's real path
 */
public record SourceMark(String name, String digest) {

	private static final String SOURCE = "([A-Za-z0-9.*_%+-]+)#([0-9a-f]{16})";
	private static final Pattern HTML = Pattern.compile("<meta name=\"gongkai-source\" content=\"" + SOURCE + "\">");
	private static final Pattern MD = Pattern.compile("<!-- generator: Gongkai; source: " + SOURCE + " -->");
	private static final Pattern JSON = Pattern.compile("\"source\": \"" + SOURCE + "\"");
	private static final Pattern DOCX = Pattern.compile("<dc:identifier>gongkai-source:" + SOURCE + "</dc:identifier>");
	static final String CORE = "docProps/core.xml";

	/** The mark of a report file. */
	public static SourceMark of(Path report) {
		Path real;
		try {
			real = report.toRealPath();
		} catch (IOException e) {
			real = report.toAbsolutePath().normalize();
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
			return new SourceMark(real.getFileName().toString(), HexFormat.of().formatHex(digest, 0, 8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** Whether both marks name one report file. */
	public boolean sameReport(SourceMark other) {
		return digest.equals(other.digest);
	}

	/** The document with this mark written in; a format without a place for it is returned as it is. */
	public byte[] stamp(String format, byte[] document) {
		String source = URLEncoder.encode(name, StandardCharsets.UTF_8) + "#" + digest;
		return switch (format) {
			case "html" -> replaceFirst(document, "<meta name=\"generator\" content=\"Gongkai\">",
					"<meta name=\"generator\" content=\"Gongkai\">\n<meta name=\"gongkai-source\" content=\"" + source + "\">");
			case "md" -> replaceFirst(document, "<!-- generator: Gongkai -->", "<!-- generator: Gongkai; source: " + source + " -->");
			case "json" -> replaceFirst(document, "\"generator\": \"Gongkai\"", "\"generator\": \"Gongkai\",\n  \"source\": \"" + source + "\"");
			case "docx" -> stampDocx(document, "<dc:identifier>gongkai-source:" + source + "</dc:identifier>");
			default -> document;
		};
	}

	/** The mark in a document's text (html, md, json: its head; docx: its core properties), if any. */
	static Optional<SourceMark> read(String format, String text) {
		Pattern pattern = switch (format) {
			case "html" -> HTML;
			case "md" -> MD;
			case "json" -> JSON;
			case "docx" -> DOCX;
			default -> null;
		};
		Matcher m = pattern == null ? null : pattern.matcher(text);
		return m != null && m.find() ? Optional.of(new SourceMark(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8), m.group(2)))
				: Optional.empty();
	}

	private static byte[] replaceFirst(byte[] document, String mark, String replacement) {
		String text = new String(document, StandardCharsets.UTF_8);
		int at = text.indexOf(mark);
		return at < 0 ? document
				: (text.substring(0, at) + replacement + text.substring(at + mark.length())).getBytes(StandardCharsets.UTF_8);
	}

	/** The package again, entry by entry in the same order, with the identifier added to its core properties. */
	private static byte[] stampDocx(byte[] document, String identifier) {
		ByteArrayOutputStream stamped = new ByteArrayOutputStream(document.length + 256);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(document));
				ZipOutputStream out = new ZipOutputStream(stamped)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals(CORE)) {
					bytes = replaceFirst(bytes, "</cp:coreProperties>", identifier + "</cp:coreProperties>");
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				out.write(bytes);
				out.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return stamped.toByteArray();
	}
}
