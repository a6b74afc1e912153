package org.gongkai.classfile;

import org.objectweb.asm.ClassWriter;

/** ASM's writer with frames computed, the common superclass of two types answered by the jar's own hierarchy. */
final class FrameComputingWriter extends ClassWriter {

	private final ClassHierarchy hierarchy;

	FrameComputingWriter(ClassHierarchy hierarchy) {
		super(COMPUTE_FRAMES);
		this.hierarchy = hierarchy;
	}

	@Override
	protected String getCommonSuperClass(String type1, String type2) {
		if (hierarchy.isAssignableFrom(type1, type2)) {
			return type1;
		}
		if (hierarchy.isAssignableFrom(type2, type1)) {
			return type2;
		}
		if (hierarchy.node(type1).isInterface() || hierarchy.node(type2).isInterface()) {
			return "java/lang/Object";
		}
		String common = type1;
		do {
			common = hierarchy.node(common).superName();
		} while (!hierarchy.isAssignableFrom(common, type2));
		return common;
	}
}
