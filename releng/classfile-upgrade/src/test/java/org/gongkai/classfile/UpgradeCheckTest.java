package org.gongkai.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

class UpgradeCheckTest {

	@TempDir
	Path dir;

	@Test
	void passesFramesComputedFromTheJarsHierarchy() throws Exception {
		byte[] merging = new ClassUpgrade(new ClassHierarchy(TestClasses.hierarchy()::get))
				.upgrade(TestClasses.merging("t/B", "t/C")).bytes();
		DumpLog.Outcome outcome = check(merging);
		assertEquals(List.of(), outcome.errors());
		assertEquals(List.of("t.Merging"), outcome.verified());
	}

	/** what a wrong answer to the common superclass makes: a frame that says Object where the code needs an A */
	@Test
	void rejectsAWrongFrame() throws Exception {
		ClassWriter wrong = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
			@Override
			protected String getCommonSuperClass(String type1, String type2) {
				return "java/lang/Object";
			}
		};
		new ClassReader(TestClasses.merging("t/B", "t/C")).accept(new ClassVisitor(Opcodes.ASM9, wrong) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName,
					String[] interfaces) {
				super.visit(Opcodes.V1_6, access, name, signature, superName, interfaces);
			}
		}, 0);
		DumpLog.Outcome outcome = check(wrong.toByteArray());
		assertEquals(1, outcome.errors().size(), outcome.errors().toString());
		assertTrue(outcome.errors().get(0).startsWith("t.Merging: the new verifier rejects"),
				outcome.errors().get(0));
	}

	private DumpLog.Outcome check(byte[] merging) throws Exception {
		Map<String, byte[]> classes = new HashMap<>(TestClasses.hierarchy());
		classes.put("t/Merging", merging);
		Path jar = dir.resolve("t.jar");
		TestClasses.jar(jar, classes);
		Path list = Files.write(dir.resolve("upgraded.txt"), List.of("t/Merging"));
		return UpgradeCheck.check(jar, list, dir.resolve("check"));
	}
}
