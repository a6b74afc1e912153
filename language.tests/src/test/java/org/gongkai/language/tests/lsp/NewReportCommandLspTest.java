package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.gongkai.language.ide.server.NewReportCommand;
import org.gongkai.language.ide.server.NewReportFile;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Skeleton;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The command that writes {@code gongkai new}'s skeleton into a folder, as a client's "新建报告" asks for it. */
class NewReportCommandLspTest extends LspTest {

	private NewReportFile newReport(Object... arguments) {
		root.mkdirs();
		start();
		return (NewReportFile) languageServer.executeCommand(new ExecuteCommandParams(NewReportCommand.ID, Arrays.asList(arguments)))
				.join();
	}

	private List<String> shown() {
		return notifications.stream().filter(n -> n.getKey().equals("window/showMessage"))
				.map(n -> ((MessageParams) n.getValue()).getMessage()).toList();
	}

	@Test
	void writesTheSkeletonIntoTheFolderAndReturnsItsUri() throws IOException {
		NewReportFile outcome = newReport(root.toURI().toString(), "乙镇人民政府", "2024");

		assertTrue(outcome.created(), outcome.message());
		Path file = Path.of(URI.create(outcome.uri()));
		Assertions.assertEquals("乙镇人民政府2024.gongkai", file.getFileName().toString());
		Assertions.assertEquals(Skeleton.of("乙镇人民政府", 2024, Formats.DEFAULT, OrganLevel.TOWNSHIP), Files.readString(file, StandardCharsets.UTF_8));
		Assertions.assertEquals(List.of(), shown());
	}

	@Test
	void theLevelGivenIsWritten() throws IOException {
		NewReportFile outcome = newReport(root.toURI().toString(), "乙镇人民政府", "2024", "department");

		assertTrue(Files.readString(Path.of(URI.create(outcome.uri())), StandardCharsets.UTF_8).contains("level  department"));
	}

	@Test
	void neverWritesOverAFile() throws IOException {
		writeFile("乙镇人民政府2024.gongkai", "// 我已经开始写了");

		NewReportFile outcome = newReport(root.toURI().toString(), "乙镇人民政府", "2024");

		assertFalse(outcome.created());
		assertTrue(outcome.message().endsWith("乙镇人民政府2024.gongkai 已存在，不会覆盖"), outcome.message());
		Assertions.assertEquals(List.of(outcome.message()), shown());
		Assertions.assertEquals("// 我已经开始写了", Files.readString(root.toPath().resolve("乙镇人民政府2024.gongkai"), StandardCharsets.UTF_8));
	}

	@Test
	void aWrongYearOrOrganOrLevelWritesNothingAndSaysWhy() {
		Assertions.assertEquals("未能新建报告：年度须是四位数，如 2024", newReport(root.toURI().toString(), "乙镇人民政府", "24").message());
		Assertions.assertEquals("未能新建报告：机关名称须是一行文字", newReport(root.toURI().toString(), " ", "2024").message());
		assertTrue(newReport(root.toURI().toString(), "乙镇人民政府", "2024", "county").message().startsWith("未能新建报告：不认识的级别 county"));
		Assertions.assertEquals("未能新建报告：须给出年度", newReport(root.toURI().toString(), "乙镇人民政府").message());
		Assertions.assertEquals(0, root.list().length);
	}
}
