package org.gongkai.importer;

import java.util.function.Predicate;

/**
 * The name of the report a published file is imported into: {@code NAME.gongkai} for {@code NAME.EXT}, and where a
 * free name is wanted (the workbench, Eclipse; VS Code's {@code importTarget} follows the same rule) the first of
 * {@code NAME.gongkai}, {@code NAME-2.gongkai}, … not taken, so that an import never replaces a file.
 */
public final class ImportTargets {

	public static final String EXTENSION = ".gongkai";

	/** {@code NAME.gongkai} for a published file {@code NAME.EXT}. */
	public static String name(String published) {
		return base(published) + EXTENSION;
	}

	/** The first of {@code NAME.gongkai}, {@code NAME-2.gongkai}, … for which {@code taken} is false. */
	public static String freeName(String published, Predicate<String> taken) {
		String base = base(published);
		for (int i = 1;; i++) {
			String name = base + (i == 1 ? "" : "-" + i) + EXTENSION;
			if (!taken.test(name)) {
				return name;
			}
		}
	}

	private static String base(String published) {
		return published.replaceFirst("\\.[^.]*$", "");
	}

	private ImportTargets() {
	}
}
