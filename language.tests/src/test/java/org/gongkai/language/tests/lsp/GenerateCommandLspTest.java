package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.gongkai.language.ide.output.GeneratedMark;
import org.gongkai.language.ide.output.SourceMark;
import org.gongkai.language.ide.server.GenerateReportCommand;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The command that prints a report beside its file, as {@code gongkai generate} does; and the builder, which runs on
 * every change, prints nothing.
 */
class GenerateCommandLspTest extends LspTest {

	private static final String VALID = report().text();

	/** Runs the command, returns the message shown to the user and checks it is also the command's result. */
	private String generate(String uri, Object... formats) {
		List<Object> arguments = formats.length == 0 ? List.of(uri) : List.of(uri, List.of(formats));
		Object result = languageServer.executeCommand(new ExecuteCommandParams(GenerateReportCommand.ID, arguments)).join();
		List<MessageParams> shown = notifications.stream().filter(n -> n.getKey().equals("window/showMessage"))
				.map(n -> (MessageParams) n.getValue()).toList();
		MessageParams last = shown.get(shown.size() - 1);
		assertEquals(last.getMessage(), ((GenerateReportCommand.Outcome) result).message());
		return last.getType() + " " + last.getMessage().replace(root.getAbsoluteFile().toPath().normalize().toString(), "ROOT");
	}

	private String files() throws IOException {
		try (Stream<Path> files = Files.list(root.toPath())) {
			return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.joining(" "));
		}
	}

	@Test
	void printsBesideTheReportOnlyWhenAsked() throws IOException {
		String uri = openFile("甲县2023.gongkai", VALID);
		assertEquals("", diagnostics(uri));
		Assertions.assertEquals("甲县2023.gongkai", files(), "the builder writes nothing");

		assertEquals("Info 报告已生成：甲县2023.html、甲县2023.docx（在 ROOT）", generate(uri));
		assertEquals("甲县2023.docx 甲县2023.gongkai 甲县2023.html", files());
		assertTrue(Files.readString(root.toPath().resolve("甲县2023.html"), StandardCharsets.UTF_8).contains("甲县人民政府2023年政府信息公开工作年度报告"));

		assertEquals("Info 报告已生成：甲县2023.md（在 ROOT）", generate(uri, "md"));
		assertEquals("甲县2023.docx 甲县2023.gongkai 甲县2023.html 甲县2023.md", files());
	}

	/** Right after the server has started, before it has checked the workspace, a closed report is printed all the same. */
	@Test
	void aClosedReportIsPrintedBeforeTheWorkspaceIsChecked() throws IOException {
		String uri = writeFile("甲县2023.gongkai", VALID);
		start();
		assertEquals("Info 报告已生成：甲县2023.html、甲县2023.docx（在 ROOT）", generate(uri));
	}

	@Test
	void aReportWithErrorsWritesNothing() throws IOException {
		String uri = openFile("甲县2023.gongkai", report().review("section review < reconsideration: upheld 0, total 1 >").text());
		assertEquals("Error 报告未生成：甲县2023.gongkai 有 1 处错误，请先改正", generate(uri));
		assertEquals("甲县2023.gongkai", files());
	}

	@Test
	void aFileGongkaiDidNotWriteIsNotOverwritten() throws IOException {
		String uri = openFile("甲县2023.gongkai", VALID);
		writeFile("甲县2023.html", "<p>我的网页</p>");
		assertEquals("Error 报告未生成：不覆盖 ROOT/甲县2023.html：这个文件不是 Gongkai 生成的；请先移走或改名这个文件", generate(uri));
		assertEquals("甲县2023.gongkai 甲县2023.html", files());
		assertEquals("<p>我的网页</p>", Files.readString(root.toPath().resolve("甲县2023.html"), StandardCharsets.UTF_8));
	}

	/** Each document carries its report's mark, as the command line's do: only that report's printing replaces it. */
	@Test
	void documentsAreMarkedWithTheirReport() throws IOException {
		String uri = openFile("甲县2023.gongkai", VALID);
		assertEquals("Info 报告已生成：甲县2023.html、甲县2023.docx、甲县2023.md、甲县2023.json（在 ROOT）",
				generate(uri, "html,docx,md,json"));
		SourceMark mark = SourceMark.of(root.toPath().resolve("甲县2023.gongkai"));
		for (String format : List.of("html", "docx", "md", "json")) {
			Path document = root.toPath().resolve("甲县2023." + format);
			assertTrue(GeneratedMark.source(document, format).map(mark::sameReport).orElse(false), document.toString());
		}
		assertEquals("Info 报告已生成：甲县2023.html、甲县2023.docx（在 ROOT）", generate(uri));
	}

	@Test
	void anUnknownFormatIsNamed() throws IOException {
		String uri = openFile("甲县2023.gongkai", VALID);
		assertEquals("Error 报告未生成：不认识的格式 pdf；可用的格式：html、md、docx、json", generate(uri, "pdf"));
		assertEquals("甲县2023.gongkai", files());
	}
}
