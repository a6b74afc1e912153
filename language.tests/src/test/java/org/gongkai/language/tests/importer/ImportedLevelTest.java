package org.gongkai.language.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.importer.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code level} is written when the organ's name tells it only by a short ending (泽曲镇), never when its name says it. */
class ImportedLevelTest {

	private static final Path ZEQU = ImportAccuracyTest.PUBLISHED.resolve("zequ-2022.txt");

	@TempDir
	Path folder;

	@Test
	void aTownshipNamedWithoutItsGovernmentIsWrittenAsOne() throws IOException {
		Path txt = folder.resolve("zequ.txt");
		Files.writeString(txt, Files.readString(ZEQU).replace("泽曲镇人民政府", "泽曲镇"));
		Importer.Imported imported = Importer.importFile(txt, false);
		assertEquals("泽曲镇", imported.organ());
		assertTrue(imported.source().matches("(?s).*\\n  level +township\\n.*"), imported.source());
		assertTrue(Importer.importFile(txt, true).source().matches("(?s).*\\n  级别 +乡镇\\n.*"), imported.source());
	}

	@Test
	void aNameThatSaysItsLevelGetsNone() throws IOException {
		Importer.Imported imported = Importer.importFile(ZEQU, false);
		assertEquals("泽曲镇人民政府", imported.organ());
		assertFalse(imported.source().contains("level"), imported.source());
		Path txt = folder.resolve("county.txt");
		Files.writeString(txt, Files.readString(ZEQU).replace("泽曲镇人民政府", "泽库县发展和改革局").replace("泽曲镇", "泽库县发展和改革局"));
		Importer.Imported department = Importer.importFile(txt, false);
		assertEquals("泽库县发展和改革局", department.organ());
		assertFalse(department.source().contains("level"), department.source());
	}
}
