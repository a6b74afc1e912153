package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.importer.PublishedDocument.Table;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A report saved as .docx (Word, WPS): its body's paragraphs and tables in order, merged cells expanded
 * ({@code w:gridSpan}, {@code w:vMerge}, and WPS's legacy {@code w:hMerge}). The body is read from the package without POI's
 * object model and walked in its XML because POI's body elements give the content of {@code w:sdt} content controls as text only and
 * leave merges to the caller.
 */
public final class DocxReader implements PublishedReader {

	static final String OLD_WORD = "这是旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入";

	static final String ENCRYPTED = "这个 Word 文件设置了打开密码，请在 Word 或 WPS 中取消密码、另存为 .docx 后再导入";

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/**
	 * A secured parser (no DTDs, no external entities, as POI's), one per thread: making one costs as much as a small
	 * part. Unlike POI's it builds the whole tree at once (no deferred nodes), since the reader visits every node.
	 */
	private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(DocxReader::newBuilder);

	private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

	@Override
	public PublishedDocument read(Path file) throws IOException {
		if (Magic.of(file) == Magic.OLE2) {
			throw new ImportProblem(isEncryptedOoxml(file) ? ENCRYPTED : OLD_WORD);
		}
		List<Block> blocks = new ArrayList<>();
		try (ZipFile container = new ZipFile(file.toFile())) {
			blocks(body(container), blocks);
		} catch (IOException | SAXException | RuntimeException e) {
			throw new ImportProblem("无法打开这个 Word（.docx）文件，它可能已损坏或并非 .docx：" + file.getFileName()
					+ "；请在 Word 或 WPS 中打开并另存为 .docx 后再导入");
		}
		return new PublishedDocument(file.getFileName().toString(), List.copyOf(blocks));
	}

	/**
	 * The main document part's {@code w:body}: the part the package's relationships name as the office document, parsed
	 * on its own with POI's secured DOM parser. Opening the package as an XWPFDocument would also bind every part
	 * (styles, numbering, headers) with XMLBeans, which took three times as long as the reading.
	 */
	private static Element body(ZipFile container) throws IOException, SAXException {
		String main = null;
		for (Element relationship : children(xml(container, "_rels/.rels"))) {
			if (PackageRelationshipTypes.CORE_DOCUMENT.equals(relationship.getAttribute("Type"))) {
				main = relationship.getAttribute("Target").replaceFirst("^/", "");
			}
		}
		if (main == null) {
			throw new IOException("no main document part");
		}
		return children(xml(container, main)).stream().filter(child -> wordName(child).equals("body")).findFirst()
				.orElseThrow(() -> new IOException("no body"));
	}

	private static Element xml(ZipFile container, String name) throws IOException, SAXException {
		ZipEntry entry = container.getEntry(name);
		if (entry == null) {
			throw new IOException("no part " + name);
		}
		try (InputStream in = container.getInputStream(entry)) {
			DocumentBuilder builder = BUILDERS.get();
			builder.reset();
			return builder.parse(in).getDocumentElement();
		}
	}

	private static DocumentBuilder newBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
			return factory.newDocumentBuilder();
		} catch (ParserConfigurationException e) {
			// a JDK without Xerces' features: POI's own secured parser
			return DocumentHelper.newDocumentBuilder();
		}
	}

	/** Word keeps a password-protected .docx in an OLE2 container too, as an EncryptedPackage stream. */
	private static boolean isEncryptedOoxml(Path file) {
		try (InputStream in = Files.newInputStream(file); POIFSFileSystem ole = new POIFSFileSystem(in)) {
			return ole.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** Paragraphs and tables of the body, a content control's or a custom XML element's, in order. */
	private static void blocks(Element container, List<Block> blocks) {
		for (Element child : children(container)) {
			switch (wordName(child)) {
			case "p" -> {
				String text = Texts.clean(paragraphText(child));
				if (!text.isEmpty()) {
					blocks.add(new Paragraph(text));
				}
			}
			case "tbl" -> {
				Table table = table(child);
				if (!table.rows().isEmpty()) {
					blocks.add(table);
				}
			}
			case "sdt" -> contentOf(child).ifPresent(content -> blocks(content, blocks));
			case "customXml" -> blocks(child, blocks);
			default -> {
			}
			}
		}
	}

	private static Table table(Element table) {
		GridBuilder grid = new GridBuilder();
		List<Element> rows = new ArrayList<>();
		collect(table, "tr", rows);
		for (int r = 0; r < rows.size(); r++) {
			Element row = rows.get(r);
			int column = property(row, "trPr", "gridBefore").map(DocxReader::number).orElse(0);
			List<Element> cells = new ArrayList<>();
			collect(row, "tc", cells);
			for (Element cell : cells) {
				int span = Math.max(1, property(cell, "tcPr", "gridSpan").map(DocxReader::number).orElse(1));
				boolean continued = property(cell, "tcPr", "vMerge").map(DocxReader::continues).orElse(false)
						|| property(cell, "tcPr", "hMerge").map(DocxReader::continues).orElse(false);
				if (continued) {
					grid.cover(r, column, span);
				} else {
					grid.place(r, column, 1, span, cellText(cell));
				}
				column += span;
			}
		}
		return grid.table();
	}

	/** {@code restart} begins a merged cell; {@code continue}, or no value at all, continues the one above or to the left. */
	private static boolean continues(Element merge) {
		String value = merge.getAttributeNS(W, "val");
		return !value.equals("restart");
	}

	private static int number(Element property) {
		try {
			return Integer.parseInt(property.getAttributeNS(W, "val").strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** The rows of a table or the cells of a row, also inside content controls and custom XML. */
	private static void collect(Element parent, String name, List<Element> into) {
		for (Element child : children(parent)) {
			String local = wordName(child);
			if (local.equals(name)) {
				into.add(child);
			} else if (local.equals("sdt")) {
				contentOf(child).ifPresent(content -> collect(content, name, into));
			} else if (local.equals("customXml")) {
				collect(child, name, into);
			}
		}
	}

	/** A cell's paragraphs (and those of a table nested in it, cell by cell) joined with line breaks. */
	private static String cellText(Element cell) {
		List<String> lines = new ArrayList<>();
		cellLines(cell, lines);
		return String.join("\n", lines);
	}

	private static void cellLines(Element container, List<String> lines) {
		for (Element child : children(container)) {
			switch (wordName(child)) {
			case "p" -> {
				for (String line : paragraphText(child).split("\n")) {
					String text = Texts.clean(line);
					if (!text.isEmpty()) {
						lines.add(text);
					}
				}
			}
			case "tbl" -> {
				List<Element> rows = new ArrayList<>();
				collect(child, "tr", rows);
				for (Element row : rows) {
					List<Element> cells = new ArrayList<>();
					collect(row, "tc", cells);
					cells.forEach(inner -> cellLines(inner, lines));
				}
			}
			case "sdt" -> contentOf(child).ifPresent(content -> cellLines(content, lines));
			case "customXml" -> cellLines(child, lines);
			default -> {
			}
			}
		}
	}

	/**
	 * A paragraph's text as Word shows it: its runs' text, tabs as spaces, line breaks as {@code \n}; field codes, deleted
	 * text and the fallback copy of drawings left out.
	 */
	private static String paragraphText(Element paragraph) {
		StringBuilder out = new StringBuilder();
		runText(paragraph, out);
		return out.toString();
	}

	private static void runText(Element element, StringBuilder out) {
		for (Element child : children(element)) {
			if (MARKUP_COMPATIBILITY.equals(child.getNamespaceURI()) && child.getLocalName().equals("Fallback")) {
				continue;
			}
			switch (wordName(child)) {
			case "t" -> {
				for (Node text = child.getFirstChild(); text != null; text = text.getNextSibling()) {
					out.append(text.getNodeValue() == null ? "" : text.getNodeValue());
				}
			}
			case "tab", "ptab" -> out.append(' ');
			case "br", "cr" -> out.append('\n');
			case "noBreakHyphen" -> out.append('-');
			case "p" -> {
				// a text box's paragraph inside a run
				runText(child, out);
				out.append('\n');
			}
			case "delText", "instrText", "del", "rPr", "pPr" -> {
			}
			default -> runText(child, out);
			}
		}
	}

	private static Optional<Element> contentOf(Element sdt) {
		return children(sdt).stream().filter(c -> wordName(c).equals("sdtContent")).findFirst();
	}

	/** The child {@code w:<property>} of {@code w:<properties>} (e.g. tcPr/gridSpan) of an element. */
	private static Optional<Element> property(Element element, String properties, String property) {
		return children(element).stream().filter(c -> wordName(c).equals(properties)).findFirst()
				.flatMap(p -> children(p).stream().filter(c -> wordName(c).equals(property)).findFirst());
	}

	/** The local name of an element of WordprocessingML, "" for other vocabularies. */
	private static String wordName(Element element) {
		return W.equals(element.getNamespaceURI()) ? element.getLocalName() : "";
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}
}
