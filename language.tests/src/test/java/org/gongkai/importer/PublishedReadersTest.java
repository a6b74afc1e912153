package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader is chosen by what a file holds, its name only when the content does not tell. */
class PublishedReadersTest {

	@TempDir
	Path folder;

	@Test
	void contentFirst() throws IOException {
		Path page = folder.resolve("report.txt");
		Files.writeString(page, "<!DOCTYPE html><html><body><p>年报</p></body></html>");
		assertInstanceOf(HtmlReader.class, PublishedReaders.readerFor(page));

		Path docx = folder.resolve("report.pdf");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			document.createParagraph().createRun().setText("年报");
			document.write(out);
		}
		assertInstanceOf(DocxReader.class, PublishedReaders.readerFor(docx));

		Path pdf = folder.resolve("report.html");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(pdf.toFile());
		}
		assertInstanceOf(PdfReader.class, PublishedReaders.readerFor(pdf));
	}

	@Test
	void extensionSecond() throws IOException {
		Path text = folder.resolve("年报.txt");
		Files.writeString(text, "一、总体情况\n");
		assertInstanceOf(TextReader.class, PublishedReaders.readerFor(text));
		Path fragment = folder.resolve("fragment.htm");
		Files.writeString(fragment, "一、总体情况<br>二、主动公开政府信息情况");
		assertInstanceOf(HtmlReader.class, PublishedReaders.readerFor(fragment));
	}

	@Test
	void whatCannotBeImportedIsNamed() throws IOException {
		Path sheet = folder.resolve("report.xlsx");
		Published.zip(sheet, "xl/workbook.xml", "<workbook/>");
		assertEquals("无法识别的文件类型：report.xlsx；可导入 .docx、.html、.pdf、.txt",
				assertThrows(ImportProblem.class, () -> PublishedReaders.read(sheet)).getMessage());
		Path unknown = folder.resolve("report.wps");
		Files.write(unknown, new byte[] { 1, 2, 3 });
		assertEquals("无法识别的文件类型：report.wps；可导入 .docx、.html、.pdf、.txt",
				assertThrows(ImportProblem.class, () -> PublishedReaders.read(unknown)).getMessage());
		Path empty = folder.resolve("empty.docx");
		Files.write(empty, new byte[0]);
		assertEquals("文件是空的：empty.docx", assertThrows(ImportProblem.class, () -> PublishedReaders.read(empty)).getMessage());
	}
}
