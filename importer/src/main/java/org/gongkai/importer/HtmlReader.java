package org.gongkai.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.importer.PublishedDocument.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A report published as a web page, usually inside a CMS page: its paragraphs and tables in order, without the
 * page's scripts, styles, navigation and footers. Tables are read as a browser lays them out (rowspan and colspan
 * expanded); a table holding other tables is page layout, and its cells are read as part of the page.
 */
public final class HtmlReader implements PublishedReader {

	private static final Set<String> NOISE = Set.of("head", "script", "style", "noscript", "template", "nav", "aside", "iframe",
			"frame", "object", "embed", "svg", "canvas", "form", "select", "button", "input", "textarea", "map", "audio", "video");

	/** Ids and classes CMS templates give their navigation, menus and footers. */
	private static final Pattern NOISE_NAMES = Pattern.compile(
			"(?i)(^|[-_\\s])(nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|foot|sidebar|share|toolbar|copyright)([-_\\s\\d]|$)");

	private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
			"dd", "section", "article", "main", "header", "footer", "blockquote", "pre", "center", "address", "figure",
			"figcaption", "caption", "hr", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "body");

	@Override
	public PublishedDocument read(Path file) throws IOException {
		return read(parse(file), file.getFileName().toString());
	}

	/** The paragraphs and tables of a page already parsed (e.g. one rendered from Markdown). */
	PublishedDocument read(Document page, String name) {
		Element body = page.body();
		removeNoise(body);
		Flow flow = new Flow();
		List<Block> blocks = new ArrayList<>();
		walk(body, flow, blocks);
		flow.paragraphsInto(blocks);
		return new PublishedDocument(name, List.copyOf(blocks));
	}

	/**
	 * jsoup honours a byte order mark and {@code <meta charset>}; GB2312 and GBK are read as GB18030, their superset,
	 * as browsers do, and a page that declares nothing and is not UTF-8 is taken for GB18030 as well.
	 */
	private static Document parse(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String uri = file.toUri().toString();
		Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, uri);
		String charset = page.charset().name().toUpperCase(Locale.ROOT);
		boolean chinese = charset.equals("GB2312") || charset.equals("GBK") || charset.equals("EUC-CN") || charset.equals("X-GBK");
		if (chinese || charset.equals("UTF-8") && !isUtf8(bytes)) {
			page = Jsoup.parse(new ByteArrayInputStream(bytes), "GB18030", uri);
		}
		return page;
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	private static void removeNoise(Element body) {
		List<Element> noise = new ArrayList<>();
		for (Element element : body.getAllElements()) {
			if (element != body && isNoise(element)) {
				noise.add(element);
			}
		}
		noise.forEach(Element::remove);
	}

	private static boolean isNoise(Element element) {
		String tag = element.normalName();
		if (NOISE.contains(tag) || element.hasAttr("hidden") || HIDDEN.matcher(element.attr("style")).find()) {
			return true;
		}
		// a page's own header and footer, not those of an article inside it
		if ((tag.equals("header") || tag.equals("footer")) && element.closest("article, main") == null) {
			return true;
		}
		return NOISE_NAMES.matcher(element.id()).find() || NOISE_NAMES.matcher(element.className()).find();
	}

	private static void walk(Element element, Flow flow, List<Block> blocks) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				flow.text(text.getWholeText());
			} else if (child instanceof Element inner) {
				String tag = inner.normalName();
				if (tag.equals("table") && inner.getElementsByTag("table").size() == 1) {
					flow.paragraphsInto(blocks);
					Table table = table(inner);
					if (!table.rows().isEmpty()) {
						blocks.add(table);
					}
				} else if (tag.equals("br")) {
					flow.breakLine();
				} else {
					boolean block = BLOCKS.contains(tag);
					if (block) {
						flow.breakLine();
					}
					walk(inner, flow, blocks);
					if (block) {
						flow.breakLine();
					}
				}
			}
		}
	}

	/** The grid a browser lays out: each cell takes the next free position of its row; a rowspan stops at the table's end. */
	private static Table table(Element table) {
		List<Element> rows = table.getElementsByTag("tr").stream().filter(tr -> !tr.select("> td, > th").isEmpty()).toList();
		GridBuilder grid = new GridBuilder();
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			for (Element cell : rows.get(r).select("> td, > th")) {
				column = grid.nextFree(r, column);
				int rowSpan = span(cell.attr("rowspan"), 65534);
				int colSpan = span(cell.attr("colspan"), 1000);
				if (rowSpan == 0 || r + rowSpan > rows.size()) {
					rowSpan = rows.size() - r;
				}
				grid.place(r, column, rowSpan, Math.max(colSpan, 1), cellText(cell));
				column += Math.max(colSpan, 1);
			}
		}
		return grid.table();
	}

	/** A span attribute as browsers read it: leading digits, 1 when there are none, capped. */
	private static int span(String value, int max) {
		String digits = value.strip().replaceFirst("^(\\d*).*$", "$1");
		if (digits.isEmpty()) {
			return 1;
		}
		return digits.length() > 6 ? max : Math.min(Integer.parseInt(digits), max);
	}

	/** A cell's text: its paragraphs (and lines broken with br) joined with a line break. */
	private static String cellText(Element cell) {
		Flow flow = new Flow();
		walk(cell, flow, new ArrayList<>());
		flow.breakLine();
		return String.join("\n", flow.lines);
	}

	/** Inline text gathered into lines, a line ending at each block element and br. */
	private static final class Flow {

		private final StringBuilder line = new StringBuilder();

		private final List<String> lines = new ArrayList<>();

		void text(String text) {
			line.append(text);
		}

		void breakLine() {
			String text = Texts.clean(line.toString());
			line.setLength(0);
			if (!text.isEmpty()) {
				lines.add(text);
			}
		}

		/** The lines so far, as paragraphs of the page. */
		void paragraphsInto(List<Block> blocks) {
			breakLine();
			lines.forEach(text -> blocks.add(new Paragraph(text)));
			lines.clear();
		}
	}
}
