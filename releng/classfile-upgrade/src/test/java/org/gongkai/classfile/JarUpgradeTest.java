package org.gongkai.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarUpgradeTest {

	@TempDir
	Path dir;

	@Test
	void upgradesTheOldClassesAndCopiesTheRestInOrder() throws Exception {
		Map<String, byte[]> classes = new HashMap<>(TestClasses.hierarchy());
		classes.put("t/Merging", TestClasses.merging("t/B", "t/C"));
		classes.put("t/Subroutine", TestClasses.subroutine());
		Path in = dir.resolve("in.jar");
		Path out = dir.resolve("out.jar");
		TestClasses.jar(in, classes);

		Map<ClassUpgrade.Outcome, List<String>> outcomes = JarUpgrade.upgrade(in, out);

		assertEquals(List.of("t/A", "t/B", "t/C", "t/Merging"), outcomes.get(ClassUpgrade.Outcome.UPGRADED));
		assertEquals(List.of("t/Subroutine"), outcomes.get(ClassUpgrade.Outcome.KEPT_SUBROUTINES));
		try (ZipFile jar = new ZipFile(out.toFile())) {
			assertEquals(List.of("t/A.class", "t/B.class", "t/C.class", "t/Merging.class", "t/Subroutine.class",
					TestClasses.TEXT), jar.stream().map(e -> e.getName()).toList());
			assertEquals(50, ClassUpgrade.majorVersion(jar.getInputStream(jar.getEntry("t/A.class")).readAllBytes()));
			assertEquals(49,
					ClassUpgrade.majorVersion(jar.getInputStream(jar.getEntry("t/Subroutine.class")).readAllBytes()));
			assertEquals(TestClasses.TEXT,
					new String(jar.getInputStream(jar.getEntry(TestClasses.TEXT)).readAllBytes(), StandardCharsets.UTF_8));
		}
	}
}
