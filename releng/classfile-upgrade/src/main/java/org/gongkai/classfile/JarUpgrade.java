package org.gongkai.classfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar with its classes of versions before 50 upgraded ({@link ClassUpgrade}), every other entry copied as it
 * is, in the same order, deflated at the best compression. Arguments: IN OUT LIST, where LIST gets the internal names of
 * the upgraded classes, one a line (the class list that {@link UpgradeCheck} links).
 */
public final class JarUpgrade {

	public static void main(String[] args) throws IOException {
		Map<ClassUpgrade.Outcome, List<String>> outcomes = upgrade(Path.of(args[0]), Path.of(args[1]));
		Files.write(Path.of(args[2]), outcomes.get(ClassUpgrade.Outcome.UPGRADED));
		System.out.printf("%s: %d classes upgraded to version 50; kept: %d with subroutines %s, %d naming a class the jar"
				+ " lacks %s%n", args[1], outcomes.get(ClassUpgrade.Outcome.UPGRADED).size(),
				outcomes.get(ClassUpgrade.Outcome.KEPT_SUBROUTINES).size(),
				outcomes.get(ClassUpgrade.Outcome.KEPT_SUBROUTINES),
				outcomes.get(ClassUpgrade.Outcome.KEPT_UNKNOWN_CLASS).size(),
				outcomes.get(ClassUpgrade.Outcome.KEPT_UNKNOWN_CLASS));
	}

	/** @return the internal names of the jar's classes by what became of them */
	static Map<ClassUpgrade.Outcome, List<String>> upgrade(Path in, Path out) throws IOException {
		Map<ClassUpgrade.Outcome, List<String>> outcomes = new EnumMap<>(ClassUpgrade.Outcome.class);
		for (ClassUpgrade.Outcome outcome : ClassUpgrade.Outcome.values()) {
			outcomes.put(outcome, new ArrayList<>());
		}
		try (ZipFile jar = new ZipFile(in.toFile())) {
			ClassUpgrade upgrade = new ClassUpgrade(new ClassHierarchy(name -> {
				ZipEntry entry = jar.getEntry(name + ".class");
				return entry == null ? null : read(jar, entry);
			}));
			Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
				// 0.5 MB less than the default level; a class is inflated as fast
				zip.setLevel(Deflater.BEST_COMPRESSION);
				for (ZipEntry entry : jar.stream().toList()) {
					byte[] bytes = read(jar, entry);
					String name = entry.getName();
					if (isClass(name)) {
						ClassUpgrade.Result result = upgrade.upgrade(bytes);
						outcomes.get(result.outcome()).add(name.substring(0, name.length() - 6));
						bytes = result.bytes();
					}
					write(zip, entry, bytes);
				}
			}
			Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
		}
		return outcomes;
	}

	/** a class of the jar's own, not of another Java's (META-INF/versions/N/) */
	private static boolean isClass(String entryName) {
		return entryName.endsWith(".class") && !entryName.startsWith("META-INF/");
	}

	private static byte[] read(ZipFile jar, ZipEntry entry) {
		try (var in = jar.getInputStream(entry)) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(ZipOutputStream zip, ZipEntry entry, byte[] bytes) throws IOException {
		ZipEntry copy = new ZipEntry(entry.getName());
		copy.setTime(entry.getTime());
		zip.putNextEntry(copy);
		zip.write(bytes);
		zip.closeEntry();
	}

	private JarUpgrade() {
	}
}
