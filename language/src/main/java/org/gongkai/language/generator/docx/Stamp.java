package org.gongkai.language.generator.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.language.generator.XmlChars;

/**
 * Makes the document's bytes depend on the report alone, so that two runs give the same file: the document
 * properties carry the report's date instead of the clock, and the zip entries a fixed time.
 */
final class Stamp {

	public static final String APPLICATION = "Gongkai";

	/** The zip's own epoch, for entries and for a report without a date. */
	private static final LocalDate EPOCH = LocalDate.of(1980, 1, 1);

	/**
	 * Title, author (the organ) and the date the report was issued as both created and modified; the application
	 * Gongkai, by which {@code generate} knows the file as its own (Word puts its own name there when it saves).
	 */
	public static void properties(XWPFDocument document, String title, String organ, Optional<LocalDate> issued) {
		document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
		CoreProperties core = document.getProperties().getCoreProperties();
		Optional<Date> date = Optional.of(Date.from(issued.orElse(EPOCH).atStartOfDay(ZoneOffset.UTC).toInstant()));
		core.setTitle(XmlChars.clean(title));
		core.setCreator(XmlChars.clean(organ));
		core.setCreated(date);
		core.setModified(date);
	}

	/** The written document, its zip entries in the same order, each dated {@link #EPOCH}. */
	public static byte[] write(XWPFDocument document) {
		try {
			ByteArrayOutputStream written = new ByteArrayOutputStream();
			document.write(written);
			ByteArrayOutputStream stable = new ByteArrayOutputStream();
			try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
					ZipOutputStream out = new ZipOutputStream(stable)) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					ZipEntry copy = new ZipEntry(entry.getName());
					copy.setTimeLocal(LocalDateTime.of(EPOCH, LocalTime.MIDNIGHT));
					out.putNextEntry(copy);
					in.transferTo(out);
					out.closeEntry();
				}
			}
			return stable.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Stamp() {
	}
}
