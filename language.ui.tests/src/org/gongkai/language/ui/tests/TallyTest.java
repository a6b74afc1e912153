package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.document;
import static org.gongkai.language.ui.tests.Workbench.markers;
import static org.gongkai.language.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.texteditor.ITextEditor;
import org.gongkai.language.ui.commands.TallyHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 从台账填入… on a register of applications in the Project Explorer: part 三 of the open report counted from it, as
 * one unsaved change of the editor that undo takes back, its markers following; a register with mistakes changes
 * nothing and says which rows.
 */
class TallyTest {

	private static final String ZEKU = "zeku-2023.gongkai";
	/** 2023's applications: one carried over from 2022 and granted, one received and not held, one still open. */
	private static final String REGISTER = """
			泽库县2023年政府信息公开申请登记台账
			序号,收到日期,申请人类型,申请内容,办理结果,办结日期
			1,2022-12-20,自然人,征地补偿方案,予以公开,2023-01-10
			2,2023/3/1,公民,某项目批复,本机关不掌握相关政府信息,2023年3月20日
			3,20231228,律师事务所,行政处罚决定书,,
			""";

	private IProject project;
	private Explorer explorer;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.project("tally");
		explorer = new Explorer();
	}

	@AfterEach
	void closeEditors() {
		Explorer.closeDialogs(TallyHandler.TITLE);
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theRegisterFillsPartThreeOfTheOpenReportAsOneChangeToUndo() throws Exception {
		IFile report = Workbench.example(project, ZEKU);
		ITextEditor editor = Workbench.open(report);
		String before = document(editor).get();
		waitFor("zeku's apply.balance markers", () -> markers(report, before).stream().anyMatch(m -> m.contains("apply.balance")));
		IFile register = Workbench.file(project, "台账.csv", REGISTER);

		explorer.runFromMenu(register, TallyHandler.TITLE);
		String after = waitFor("part 三 filled in", () -> document(editor).get().equals(before) ? null : document(editor).get(),
				() -> Explorer.dialog(TallyHandler.TITLE) == null ? "" : Workbench.labels(Explorer.dialog(TallyHandler.TITLE)));

		assertTrue(after.matches("(?s).*\n    natural: +new 1, carried 1, granted 1, not-held 1, total 2, next 0\n.*"), after);
		assertTrue(after.matches("(?s).*\n    legal: +new 1, carried 0, total 0, next 1\n.*"), after);
		assertTrue(after.matches("(?s).*\n    charity: +new 0, carried 0, total 0, next 0\n.*"), after);
		int apply = before.indexOf("  section apply <");
		int review = before.indexOf("  // 行政复议");
		assertEquals(before.substring(0, apply), after.substring(0, apply), "nothing before part 三 changes");
		assertTrue(after.endsWith(before.substring(review)), "nothing after part 三 changes");
		assertTrue(editor.isDirty(), "unsaved: the clerk saves");
		assertEquals(before, text(report), "the file is the clerk's until they save");
		List<String> markers = waitFor("the apply markers to go", () -> {
			List<String> now = markers(report, after);
			return now.stream().noneMatch(m -> m.contains("apply.")) && now.stream().anyMatch(m -> m.contains("review.total")) ? now : null;
		}, () -> markers(report, after));
		assertFalse(markers.isEmpty());
		editor.selectAndReveal(after.indexOf("section apply"), 0);
		Workbench.screenshot("tally-filled");

		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
		assertEquals(before, document(editor).get(), "one undo takes the whole tally back");
	}

	@Test
	void aRegisterWithMistakesChangesNothingAndSaysWhichRows() throws Exception {
		ITextEditor editor = Workbench.open(Workbench.example(project, ZEKU));
		String before = document(editor).get();
		IFile register = Workbench.file(project, "台账.csv", "收到日期,申请人类型\n2023-01-05,群众\n2023-13-01,自然人\n");

		explorer.runFromMenu(register, TallyHandler.TITLE);
		String message = Explorer.dialogText(TallyHandler.TITLE);

		assertTrue(message.contains("未能从登记台账 台账.csv 填入第三部分，报告没有改动"), message);
		assertTrue(message.contains("第 2 行") && message.contains("群众"), message);
		assertTrue(message.contains("第 3 行"), message);
		Workbench.screenshot("tally-mistakes");
		assertEquals(before, document(editor).get());
		assertFalse(editor.isDirty());
	}

	@Test
	void withoutAnOpenReportItAsksForOne() throws Exception {
		Workbench.example(project, ZEKU);
		IFile register = Workbench.file(project, "台账.csv", REGISTER);

		explorer.runFromMenu(register, TallyHandler.TITLE);

		assertTrue(Explorer.dialogText(TallyHandler.TITLE).contains("请先打开要填入的报告"));
		assertEquals(Workbench.exampleText(ZEKU), text(project.getFile(ZEKU)));
	}

	@Test
	void theMenuOffersItOnRegistersOnly() throws Exception {
		IFile xlsx = Workbench.file(project, "台账.xlsx", "");
		IFile csv = Workbench.file(project, "台账2.CSV", "");
		IFile report = Workbench.example(project, ZEKU);
		IFile published = Workbench.file(project, "报告.docx", "");

		assertTrue(explorer.menu(xlsx).contains(TallyHandler.TITLE + "…"), explorer.menu(xlsx).toString());
		assertTrue(explorer.menu(csv).contains(TallyHandler.TITLE + "…"), "upper case: " + explorer.menu(csv));
		assertFalse(explorer.menu(report).contains(TallyHandler.TITLE + "…"), explorer.menu(report).toString());
		assertFalse(explorer.menu(published).contains(TallyHandler.TITLE + "…"), explorer.menu(published).toString());

		explorer.screenshotMenu(xlsx, TallyHandler.TITLE, "tally-menu");
	}

	private static String text(IFile file) throws Exception {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
