package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.gongkai.language.ide.server.TallyCommand;
import org.gongkai.language.tests.cli.CliRun;
import org.gongkai.language.tests.tally.RegisterFile;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The server's tally (VS Code's and Eclipse's 从台账填入, a register dropped on the workbench): part 三 counted from a
 * register, returned as an edit of the open report that is what {@code gongkai tally --into} writes; no file written.
 */
class TallyCommandLspTest extends LspTest {

	private static final String ZEKU = "zeku-2023.gongkai";
	private static final List<RegisterFile.Line> APPLICATIONS = List.of(
			RegisterFile.Line.of(LocalDate.of(2022, 12, 20), "自然人", "予以公开", LocalDate.of(2023, 1, 10)),
			RegisterFile.Line.of(LocalDate.of(2023, 3, 1), "公民", "本机关不掌握相关政府信息", LocalDate.of(2023, 3, 20)),
			RegisterFile.Line.of(LocalDate.of(2023, 12, 28), "律师事务所", null, null));

	private Object tally(Object... arguments) {
		return languageServer.executeCommand(new ExecuteCommandParams(TallyCommand.ID, List.of(arguments))).join();
	}

	private static String applied(String text, WorkspaceEdit edit, String uri) {
		List<TextEdit> edits = edit.getChanges().get(uri);
		Assertions.assertEquals(1, edits.size());
		return new Document(1, text).applyChanges(edits).getContents();
	}

	@Test
	void theEditIsWhatTheCommandLineWritesAndNothingIsWritten() throws IOException {
		String text = Files.readString(Path.of("..", "examples", ZEKU));
		String uri = openFile(ZEKU, text);
		Path register = new RegisterFile().addAll(APPLICATIONS).writeXlsx(root.toPath().resolve("台账.xlsx"));

		WorkspaceEdit edit = (WorkspaceEdit) tally(uri, register.toUri().toString());
		Assertions.assertEquals(text, Files.readString(root.toPath().resolve(ZEKU)), "the report on disk is the user's until they save");

		Path copy = Files.writeString(Files.createTempDirectory("tally").resolve(ZEKU), text);
		Assertions.assertEquals(0, CliRun.of("tally", "--into", copy.toString(), register.toString()).exit());
		Assertions.assertEquals(Files.readString(copy), applied(text, edit, uri));

		WorkspaceEdit dropped = (WorkspaceEdit) tally(uri, "台账.xlsx", Base64.getEncoder().encodeToString(Files.readAllBytes(register)));
		Assertions.assertEquals(edit, dropped, "a register sent as bytes gives the same edit");
	}

	@Test
	void aRegisterWithMistakesGivesNoEditAndSaysWhichRows() throws IOException {
		String uri = openFile(ZEKU, Files.readString(Path.of("..", "examples", ZEKU)));
		byte[] csv = "收到日期,申请人类型\n2023-01-05,群众\n2023-13-01,自然人\n".getBytes(StandardCharsets.UTF_8);

		assertNull(tally(uri, "台账.csv", Base64.getEncoder().encodeToString(csv)));
		List<String> shown = notifications.stream().filter(n -> n.getKey().equals("window/showMessage"))
				.map(n -> ((MessageParams) n.getValue()).getMessage()).toList();
		Assertions.assertEquals(1, shown.size(), shown.toString());
		assertTrue(shown.get(0).startsWith("未能从登记台账填入第三部分："), shown.get(0));
		assertTrue(shown.get(0).contains("第 2 行") && shown.get(0).contains("第 3 行"), shown.get(0));
	}
}
