package org.gongkai.language.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import org.gongkai.language.ide.output.FileErrors;
import org.junit.jupiter.api.Test;

/** The system's reasons a file cannot be written, said in Chinese with what to do (issue 10 #9). */
class FileErrorsTest {

	@Test
	void aFullDiskSaysToMakeRoom() {
		assertEquals("磁盘已满；请腾出空间后再试",
				FileErrors.reason(new FileSystemException("/out/甲.docx", null, "No space left on device"), true));
	}

	@Test
	void aReadOnlyFolderSaysToChooseAnother() {
		assertEquals("没有写入权限；请换一个可写的文件夹（-o）或修改权限", FileErrors.reason(new AccessDeniedException("/out/甲.docx"), true));
		assertEquals("文件系统是只读的；请换一个可写的文件夹（-o）",
				FileErrors.reason(new FileSystemException("/out/甲.docx", null, "Read-only file system"), true));
	}

	@Test
	void anUnknownReasonIsQuotedAfterAChineseSentence() {
		assertEquals("写入失败（系统报告：Input/output error）；请检查磁盘和权限后再试",
				FileErrors.reason(new FileSystemException("/out/甲.docx", null, "Input/output error"), true));
	}
}
