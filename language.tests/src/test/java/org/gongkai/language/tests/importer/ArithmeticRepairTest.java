package org.gongkai.language.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.importer.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row printed with more numbers than it has cells: the importer takes the run the total column confirms, says so in a
 * comment and a warning, and leaves out a row that no run fits (it never guesses a number).
 */
class ArithmeticRepairTest {

	private static final String REPORT = """
			甲县人民政府2023年政府信息公开工作年度报告
			一、总体情况
			概况。
			二、主动公开政府信息情况
			第二十条第（一）项
			信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
			规章 | 0 | 0 | 0
			三、收到和处理政府信息公开申请情况
			一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 0 | 1
			二、上年结转政府信息公开申请数量 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 9
			四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1
			四、政府信息公开行政复议、行政诉讼情况
			0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0
			五、存在的主要问题及改进情况
			无。
			六、其他需要报告的事项
			无。
			""";

	@TempDir
	Path dir;

	@Test
	void theRunTheTotalConfirmsIsTakenAndMarked() throws IOException {
		Path txt = Files.writeString(dir.resolve("甲县2023.txt"), REPORT);
		Importer.Imported imported = Importer.importFile(txt, false);
		String source = imported.source();
		assertTrue(source.contains("    natural:   new 1, next 1\n"), source);
		assertTrue(source.contains("    total:     new 1, next 1\n"), source);
		assertTrue(source.contains("    // 导入：「一、本年新收政府信息公开申请数量」一行印有 8 个数（3 1 0 0 0 0 0 1），取合乎总计的 7 个\n"), source);
		assertTrue(source.contains("    // 导入：「二、上年结转政府信息公开申请数量」一行印有 8 个数（1 2 0 0 0 0 0 9），与 7 栏对不上，未导入\n"), source);
		assertFalse(source.contains("carried"), source);
		assertEquals(14, imported.unsureCells());
		assertEquals(List.of("导入：「一、本年新收政府信息公开申请数量」一行印有 8 个数（3 1 0 0 0 0 0 1），取合乎总计的 7 个",
				"导入：「二、上年结转政府信息公开申请数量」一行印有 8 个数（1 2 0 0 0 0 0 9），与 7 栏对不上，未导入"), imported.warnings());
		assertEquals("甲县人民政府", imported.organ());
		assertEquals(2021, imported.format());
	}
}
