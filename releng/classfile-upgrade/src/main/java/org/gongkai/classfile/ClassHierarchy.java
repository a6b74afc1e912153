package org.gongkai.classfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * The supertypes of the classes a jar's code can name, read from class files and never loaded: the jar's own first,
 * then the running JDK's (its jrt image), so that the answer is what the JVM will see when it links the jar, whatever
 * is on this tool's class path.
 */
final class ClassHierarchy {

	/** One class's place in the hierarchy, by internal names; {@code superName} null for java/lang/Object. */
	record Node(String name, String superName, List<String> interfaces, boolean isInterface) {
	}

	private final Function<String, byte[]> jarClasses;
	private final FileSystem jdk = FileSystems.getFileSystem(URI.create("jrt:/"));
	private final Map<String, Optional<Node>> nodes = new HashMap<>();

	/** @param jarClasses a class file of the jar by internal name, or null */
	ClassHierarchy(Function<String, byte[]> jarClasses) {
		this.jarClasses = jarClasses;
	}

	/** @throws UnknownClassException where neither the jar nor the JDK has the class */
	Node node(String name) {
		return nodes.computeIfAbsent(name, this::read).orElseThrow(() -> new UnknownClassException(name));
	}

	boolean isAssignableFrom(String to, String from) {
		if (to.equals(from) || to.equals("java/lang/Object")) {
			return true;
		}
		Node node = node(from);
		if (node.superName() != null && isAssignableFrom(to, node.superName())) {
			return true;
		}
		for (String i : node.interfaces()) {
			if (isAssignableFrom(to, i)) {
				return true;
			}
		}
		return false;
	}

	private Optional<Node> read(String name) {
		byte[] bytes = jarClasses.apply(name);
		if (bytes == null) {
			bytes = jdkClass(name);
		}
		if (bytes == null) {
			return Optional.empty();
		}
		ClassReader reader = new ClassReader(bytes);
		return Optional.of(new Node(name, reader.getSuperName(), List.of(reader.getInterfaces()),
				(reader.getAccess() & Opcodes.ACC_INTERFACE) != 0));
	}

	private byte[] jdkClass(String name) {
		int slash = name.lastIndexOf('/');
		if (slash < 0) {
			return null;
		}
		Path modules = jdk.getPath("/packages", name.substring(0, slash).replace('/', '.'));
		if (!Files.isDirectory(modules)) {
			return null;
		}
		try (var list = Files.list(modules)) {
			for (Path module : list.toList()) {
				Path file = jdk.getPath("/modules", module.getFileName().toString(), name + ".class");
				if (Files.isRegularFile(file)) {
					return Files.readAllBytes(file);
				}
			}
			return null;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
