package org.gongkai.language.ide.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks by which {@code generate} knows its own files (and so may overwrite them without --force). */
class GeneratedMarkTest {

	@TempDir
	Path dir;

	@Test
	void textFormatsCarryTheirMarkNearTheStart() throws IOException {
		assertTrue(GeneratedMark.isOurs(file("a.html", "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"Gongkai\">"), "html"));
		assertTrue(GeneratedMark.isOurs(file("a.md", "<!-- generator: Gongkai -->\n\n# 标题"), "md"));
		assertTrue(GeneratedMark.isOurs(file("a.json", "{\n  \"generator\": \"Gongkai\",\n  \"report\": \"甲\"\n}"), "json"));
	}

	@Test
	void otherFilesAreNotOurs() throws IOException {
		assertFalse(GeneratedMark.isOurs(file("b.html", "<html><head><meta name=\"generator\" content=\"WordPress\">"), "html"));
		assertFalse(GeneratedMark.isOurs(file("b.md", "# 我的笔记：generator Gongkai"), "md"));
		assertFalse(GeneratedMark.isOurs(file("b.json", "{\"generator\": \"Gongkai2\"}"), "json"));
		assertFalse(GeneratedMark.isOurs(file("c.json", " ".repeat(GeneratedMark.HEAD) + "{\"generator\": \"Gongkai\"}"), "json"),
				"a mark far down the file is the writer's text, not ours");
		assertFalse(GeneratedMark.isOurs(file("d.pdf", "generator Gongkai"), "pdf"), "a format without a mark is never ours");
		assertFalse(GeneratedMark.isOurs(dir.resolve("missing.json"), "json"));
	}

	@Test
	void docxIsOursWhileItsApplicationIsGongkai() throws IOException {
		assertTrue(GeneratedMark.isOurs(docx("a.docx", "<Application>Gongkai</Application>"), "docx"));
		assertFalse(GeneratedMark.isOurs(docx("b.docx", "<Application>Microsoft Office Word</Application>"), "docx"),
				"saved by Word: the writer's now");
		assertFalse(GeneratedMark.isOurs(file("c.docx", "<Application>Gongkai</Application>"), "docx"), "not a zip");
	}

	private Path file(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, UTF_8);
	}

	private Path docx(String name, String application) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(UTF_8));
			zip.putNextEntry(new ZipEntry("docProps/app.xml"));
			zip.write(("<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
					+ application + "</Properties>").getBytes(UTF_8));
		}
		return Files.write(dir.resolve(name), bytes.toByteArray());
	}
}
