package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

/** What a file is by its first bytes, whatever its name says. */
enum Magic {
	PDF, DOCX, OLE2, HTML, OTHER_ZIP, EMPTY, UNKNOWN;

	private static final int HEAD = 4096;

	static Magic of(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(HEAD);
		}
		if (head.length == 0) {
			return EMPTY;
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return OLE2;
		}
		if (startsWith(head, 'P', 'K', 3, 4)) {
			return hasWordDocument(file) ? DOCX : OTHER_ZIP;
		}
		String ascii = new String(head, StandardCharsets.ISO_8859_1);
		// the PDF header may follow some bytes of junk (the specification allows 1024)
		int pdf = ascii.indexOf("%PDF-");
		if (pdf >= 0 && pdf < 1024) {
			return PDF;
		}
		String text = (startsWith(head, 0xFF, 0xFE) ? new String(head, StandardCharsets.UTF_16LE)
				: startsWith(head, 0xFE, 0xFF) ? new String(head, StandardCharsets.UTF_16BE) : ascii).toLowerCase(Locale.ROOT);
		if (text.contains("<html") || text.contains("<!doctype html") || text.contains("<table") || text.contains("<body")) {
			return HTML;
		}
		return UNKNOWN;
	}

	private static boolean hasWordDocument(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.getEntry("word/document.xml") != null;
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
