package org.gongkai.language.tests.lsp;

import static org.gongkai.language.tests.Reports.report;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.gongkai.language.ide.server.NewReportFile;
import org.gongkai.language.ide.server.NextYearCommand;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The command that starts next year's report beside last year's, as {@code gongkai new --from} does. */
class NextYearCommandLspTest extends LspTest {

	private NewReportFile nextYear(String uri) {
		return (NewReportFile) languageServer.executeCommand(new ExecuteCommandParams(NextYearCommand.ID, List.of(uri)))
				.join();
	}

	private List<String> shown() {
		return notifications.stream().filter(n -> n.getKey().equals("window/showMessage"))
				.map(n -> ((MessageParams) n.getValue()).getType() + " " + ((MessageParams) n.getValue()).getMessage()).toList();
	}

	private String files() throws IOException {
		try (Stream<Path> files = Files.list(root.toPath())) {
			return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.joining(" "));
		}
	}

	@Test
	void writesNextYearBesideLastYearAndReturnsItsUri() throws IOException {
		String uri = openFile("甲县2023.gongkai", report().text());
		NewReportFile outcome = nextYear(uri);
		assertTrue(outcome.created(), outcome.message());
		Path next = Path.of(URI.create(outcome.uri()));
		Assertions.assertEquals(root.toPath().toRealPath().resolve("甲县人民政府2024.gongkai"), next.toRealPath());
		Assertions.assertEquals("甲县2023.gongkai 甲县人民政府2024.gongkai", files());
		String text = Files.readString(next, StandardCharsets.UTF_8);
		assertTrue(text.matches("(?s).*\n  year +2024\n.*\n  previous \"甲县2023\"\n.*"), text);
		Assertions.assertEquals(List.of(), shown(), "the client opens the new report: nothing to tell");
	}

	@Test
	void neverWritesOverAFile() throws IOException {
		String uri = openFile("甲县2023.gongkai", report().text());
		writeFile("甲县人民政府2024.gongkai", "// 我已经开始写了");
		NewReportFile outcome = nextYear(uri);
		assertFalse(outcome.created());
		assertNull(outcome.uri());
		String expected = "未能开始下一年度的报告：" + root.toPath().toAbsolutePath().resolve("甲县人民政府2024.gongkai") + " 已存在，不会覆盖";
		Assertions.assertEquals(expected, outcome.message());
		Assertions.assertEquals(List.of("Error " + expected), shown());
		Assertions.assertEquals("// 我已经开始写了", Files.readString(root.toPath().resolve("甲县人民政府2024.gongkai"), StandardCharsets.UTF_8));
	}

	@Test
	void aReportWithoutOrganOrYearStartsNothing() throws IOException {
		String uri = openFile("草稿.gongkai", "report \"草稿\" {\n}\n");
		NewReportFile outcome = nextYear(uri);
		Assertions.assertEquals("未能开始下一年度的报告：草稿.gongkai 没有写明机关（organ）和年度（year），无法由它开始下一年度的报告", outcome.message());
		Assertions.assertEquals("草稿.gongkai", files());
	}
}
