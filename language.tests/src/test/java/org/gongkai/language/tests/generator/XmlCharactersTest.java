package org.gongkai.language.tests.generator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.SAXException;

import com.google.inject.Inject;

/**
 * Characters XML does not allow (NUL, other C0 controls, U+FFFE, U+FFFF, a lone surrogate) in the organ, a text and a
 * note: the validator rejects them, but the generators, called directly, still write documents a reader opens.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class XmlCharactersTest {

	private static final String BAD = "\u0000\u0001\u000B\u001F\uFFFE\uFFFF\uDFFF\uD800";
	/** What XML 1.0 does not allow, as a pattern over UTF-16 (a surrogate pair is allowed, either half alone is not). */
	private static final Pattern NOT_XML = Pattern.compile(
			"[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

	@Inject
	private Documents documents;

	@Inject
	private DocumentFormats formats;

	private ReportView view() {
		String text = Hostile.literal("甲" + BAD + "乙");
		return documents.parsed(Reports.report()
				.header("  organ " + Hostile.literal("甲县" + BAD + "人民政府") + "\n  year 2023\n  issued 2024-01-27\n  contact " + text)
				.apply("section apply < natural: new 3 " + text + ", granted 3 >").problems("section problems " + text).text());
	}

	@Test
	void docxOpens() throws IOException {
		byte[] docx = formats.byName("docx").orElseThrow().render(view());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			// the title: the organ, then (on a line of its own, the title being long) the rest
			assertTrue(text.startsWith("甲县\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD人民政府"), text);
			assertTrue(text.contains("2023年政府信息公开工作年度报告"), text);
			assertTrue(text.contains("3（甲\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD乙）"), "the note in its cell");
			assertEquals("甲县\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD人民政府", document.getProperties().getCoreProperties().getCreator());
		}
	}

	@Test
	void htmlIsWellFormedText() throws ParserConfigurationException, SAXException, IOException {
		String html = documents.render("html", view());
		assertFalse(NOT_XML.matcher(html).find(), "a character XML does not allow");
		// well-formed apart from the void elements HTML writes without closing them
		String xml = html.replace("<!DOCTYPE html>", "").replaceAll("<meta ([^>]*)>", "<meta $1/>");
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
	}

	@Test
	void markdownHoldsNone() {
		assertFalse(NOT_XML.matcher(documents.render("md", view())).find(), "a character XML does not allow");
	}
}
