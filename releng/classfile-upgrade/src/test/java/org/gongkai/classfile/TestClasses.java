package org.gongkai.classfile;

import static org.objectweb.asm.Opcodes.ACC_ABSTRACT;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.IFEQ;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.JSR;
import static org.objectweb.asm.Opcodes.NEW;
import static org.objectweb.asm.Opcodes.RET;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V1_5;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Class files of version 49 made for the tests: t/A with subclasses t/B and t/C, and t/Merging, whose one method merges
 * a B and a C and calls A's method on the result, so that its frame needs their common superclass, which only these
 * classes (not the test's class path) can tell.
 */
final class TestClasses {

	static Map<String, byte[]> hierarchy() {
		return Map.of("t/A", a(), "t/B", subclassOfA("t/B"), "t/C", subclassOfA("t/C"));
	}

	static byte[] a() {
		return type("t/A", ACC_PUBLIC | ACC_ABSTRACT, "java/lang/Object", w -> {
			constructor(w, "java/lang/Object");
			MethodVisitor m = w.visitMethod(ACC_PUBLIC, "name", "()Ljava/lang/String;", null, null);
			m.visitCode();
			m.visitLdcInsn("a");
			m.visitInsn(ARETURN);
			m.visitMaxs(0, 0);
			m.visitEnd();
		});
	}

	static byte[] subclassOfA(String name) {
		return type(name, ACC_PUBLIC, "t/A", w -> constructor(w, "t/A"));
	}

	/** {@code static String name(boolean b) { return (b ? new B() : new C()).name(); }}, of the two given classes */
	static byte[] merging(String b, String c) {
		return type("t/Merging", ACC_PUBLIC, "java/lang/Object", w -> {
			MethodVisitor m = w.visitMethod(ACC_PUBLIC | ACC_STATIC, "name", "(Z)Ljava/lang/String;", null, null);
			m.visitCode();
			Label other = new Label();
			Label merged = new Label();
			m.visitVarInsn(ILOAD, 0);
			m.visitJumpInsn(IFEQ, other);
			construct(m, b);
			m.visitJumpInsn(GOTO, merged);
			m.visitLabel(other);
			construct(m, c);
			m.visitLabel(merged);
			m.visitMethodInsn(INVOKEVIRTUAL, "t/A", "name", "()Ljava/lang/String;", false);
			m.visitInsn(ARETURN);
			m.visitMaxs(0, 0);
			m.visitEnd();
		});
	}

	/** a method with a subroutine, as javac before 1.4.2 compiled {@code finally} */
	static byte[] subroutine() {
		return type("t/Subroutine", ACC_PUBLIC, "java/lang/Object", w -> {
			MethodVisitor m = w.visitMethod(ACC_PUBLIC | ACC_STATIC, "run", "()V", null, null);
			m.visitCode();
			Label subroutine = new Label();
			m.visitJumpInsn(JSR, subroutine);
			m.visitInsn(RETURN);
			m.visitLabel(subroutine);
			m.visitVarInsn(ASTORE, 0);
			m.visitVarInsn(RET, 0);
			m.visitMaxs(0, 0);
			m.visitEnd();
		});
	}

	/** a jar of the given class files (by internal name) and one text file, in that order */
	static void jar(Path jar, Map<String, byte[]> classes) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
			for (Map.Entry<String, byte[]> c : new TreeMap<>(classes).entrySet()) {
				zip.putNextEntry(new ZipEntry(c.getKey() + ".class"));
				zip.write(c.getValue());
			}
			zip.putNextEntry(new ZipEntry(TEXT));
			zip.write(TEXT.getBytes(StandardCharsets.UTF_8));
		}
	}

	static final String TEXT = "t/plugin.properties";

	static byte[] type(String name, int access, String superName, Consumer<ClassWriter> members) {
		ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
		w.visit(V1_5, access, name, null, superName, null);
		members.accept(w);
		w.visitEnd();
		return w.toByteArray();
	}

	private static void constructor(ClassWriter w, String superName) {
		MethodVisitor m = w.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
		m.visitCode();
		m.visitVarInsn(ALOAD, 0);
		m.visitMethodInsn(INVOKESPECIAL, superName, "<init>", "()V", false);
		m.visitInsn(RETURN);
		m.visitMaxs(0, 0);
		m.visitEnd();
	}

	private static void construct(MethodVisitor m, String type) {
		m.visitTypeInsn(NEW, type);
		m.visitInsn(DUP);
		m.visitMethodInsn(INVOKESPECIAL, type, "<init>", "()V", false);
	}

	private TestClasses() {
	}
}
