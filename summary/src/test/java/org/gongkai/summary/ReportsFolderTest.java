package org.gongkai.summary;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** A test of reports written into {@code reports/} of a temporary folder, summarised into {@code out/}. */
abstract class ReportsFolderTest {

	@TempDir
	Path folder;

	Path reports() {
		return folder.resolve("reports");
	}

	Path out() {
		return folder.resolve("out");
	}
}
