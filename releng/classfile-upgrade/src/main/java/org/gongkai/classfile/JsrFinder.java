package org.gongkai.classfile;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Whether a class has subroutines (JSR/RET), for which no stack map frames exist. */
final class JsrFinder extends ClassVisitor {

	private boolean found;

	JsrFinder() {
		super(Opcodes.ASM9);
	}

	boolean found() {
		return found;
	}

	@Override
	public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
		return new MethodVisitor(Opcodes.ASM9) {
			@Override
			public void visitJumpInsn(int opcode, Label label) {
				found |= opcode == Opcodes.JSR;
			}

			@Override
			public void visitVarInsn(int opcode, int varIndex) {
				found |= opcode == Opcodes.RET;
			}
		};
	}
}
