package org.gongkai.classfile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * One class file of a version before 50 (Java 6) rewritten as version 50 with stack map frames, so that the new
 * verifier checks it and an AOT cache or class-data archive can keep it linked. Version 50, not later: should a frame
 * ever be wrong, the JVM verifies such a class again with the old verifier instead of failing.
 */
final class ClassUpgrade {

	static final int TARGET = Opcodes.V1_6;

	enum Outcome {
		/** version 50 or later already */
		CURRENT,
		UPGRADED,
		/** has JSR/RET subroutines */
		KEPT_SUBROUTINES,
		/** names a class that neither the jar nor the JDK has, so its frames cannot be computed */
		KEPT_UNKNOWN_CLASS
	}

	record Result(Outcome outcome, byte[] bytes) {
	}

	private final ClassHierarchy hierarchy;

	ClassUpgrade(ClassHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	static int majorVersion(byte[] classFile) {
		return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
	}

	Result upgrade(byte[] classFile) {
		if (majorVersion(classFile) >= TARGET) {
			return new Result(Outcome.CURRENT, classFile);
		}
		ClassReader reader = new ClassReader(classFile);
		JsrFinder jsr = new JsrFinder();
		reader.accept(jsr, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		if (jsr.found()) {
			return new Result(Outcome.KEPT_SUBROUTINES, classFile);
		}
		FrameComputingWriter writer = new FrameComputingWriter(hierarchy);
		try {
			reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
				@Override
				public void visit(int version, int access, String name, String signature, String superName,
						String[] interfaces) {
					super.visit(TARGET, access, name, signature, superName, interfaces);
				}
			}, 0);
			return new Result(Outcome.UPGRADED, writer.toByteArray());
		} catch (UnknownClassException e) {
			return new Result(Outcome.KEPT_UNKNOWN_CLASS, classFile);
		}
	}
}
