package org.gongkai.classfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class ClassUpgradeTest {

	private final ClassUpgrade upgrade = new ClassUpgrade(new ClassHierarchy(TestClasses.hierarchy()::get));

	@Test
	void upgradesToVersion50WithFramesOfTheJarsCommonSuperclass() {
		ClassUpgrade.Result result = upgrade.upgrade(TestClasses.merging("t/B", "t/C"));
		assertEquals(ClassUpgrade.Outcome.UPGRADED, result.outcome());
		assertEquals(50, ClassUpgrade.majorVersion(result.bytes()));
		assertEquals(List.of("t/A"), frameStackTops(result.bytes()));
	}

	@Test
	void keepsAClassWithSubroutines() {
		byte[] subroutine = TestClasses.subroutine();
		ClassUpgrade.Result result = upgrade.upgrade(subroutine);
		assertEquals(ClassUpgrade.Outcome.KEPT_SUBROUTINES, result.outcome());
		assertArrayEquals(subroutine, result.bytes());
	}

	@Test
	void keepsAClassWhoseFramesNeedAClassTheJarLacks() {
		byte[] merging = TestClasses.merging("t/B", "t/Missing");
		ClassUpgrade.Result result = upgrade.upgrade(merging);
		assertEquals(ClassUpgrade.Outcome.KEPT_UNKNOWN_CLASS, result.outcome());
		assertArrayEquals(merging, result.bytes());
	}

	@Test
	void leavesACurrentClassAlone() {
		byte[] current = TestClasses.merging("t/B", "t/C");
		current[7] = 52;
		assertEquals(ClassUpgrade.Outcome.CURRENT, upgrade.upgrade(current).outcome());
	}

	/** the top of the stack of each frame that has one */
	private static List<Object> frameStackTops(byte[] classFile) {
		List<Object> tops = new ArrayList<>();
		new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
			@Override
			public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
					String[] exceptions) {
				return new MethodVisitor(Opcodes.ASM9) {
					@Override
					public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
						if (numStack > 0) {
							tops.add(stack[numStack - 1]);
						}
					}
				};
			}
		}, ClassReader.EXPAND_FRAMES);
		return tops;
	}
}
