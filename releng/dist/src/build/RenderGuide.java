import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A page of docs/ as a page a browser opens (the clerk's guide, the commands' reference): rendered by commonmark (in
 * the command-line jar, the importer's), its images beside it, its links to other pages to their .html. Run by
 * make-dist.sh with Java's source launcher:
 * {@code java -cp gongkai.jar RenderGuide.java IN.md OUT.html}.
 */
public class RenderGuide {

	private static final String STYLE = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;"
			+ "max-width:52em;margin:2em auto;padding:0 1em;line-height:1.7;color:#222}img{max-width:100%;border:1px solid #ccc}"
			+ "pre,code{font-family:'Noto Sans Mono CJK SC',monospace;background:#f4f4f4}pre{padding:.6em;overflow-x:auto}"
			+ "h1,h2,h3{color:#a51c1c}";

	public static void main(String[] args) throws Exception {
		String markdown = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
		Node document = Parser.builder().build().parse(markdown);
		String title = markdown.lines().filter(line -> line.startsWith("# ")).findFirst().orElse("# 使用说明").substring(2);
		String page = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
				+ "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
				+ HtmlRenderer.builder().build().render(document).replaceAll("href=\"([^\":/]+)\\.md\"", "href=\"$1.html\"")
				+ "</body>\n</html>\n";
		Files.writeString(Path.of(args[1]), page, StandardCharsets.UTF_8);
	}
}
