package org.gongkai.language.tests.cli;

import static org.gongkai.language.tests.cli.CliReports.JIA_2023;
import static org.gongkai.language.tests.cli.CliReports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files: short names, and the stale ones of a killed run cleaned up (issue 10 #8). */
class TemporaryFileTest {

	@TempDir
	Path dir;

	@Test
	void aFileNameAtTheLimitIsWritten() throws IOException {
		String name = "甲".repeat(82);
		Path report = write(dir, name + ".gongkai", JIA_2023);
		assertEquals(254, report.getFileName().toString().getBytes(StandardCharsets.UTF_8).length);
		CliRun run = CliRun.of("generate", "--to", "html,docx,md,json", report.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(Files.isRegularFile(dir.resolve(name + ".html")));
		assertEquals(Set.of(name + ".gongkai", name + ".html", name + ".docx", name + ".md", name + ".json"), names(dir));
	}

	@Test
	void staleTemporaryFilesOfGongkaiAreRemovedAndNothingElse() throws IOException {
		Path report = write(dir, "甲2023.gongkai", JIA_2023);
		Path out = Files.createDirectories(dir.resolve("out"));
		FileTime old = FileTime.from(Instant.now().minus(Duration.ofMinutes(5)));
		Path stale = Files.setLastModifiedTime(write(out, ".gongkai-0123abcd.tmp", "killed"), old);
		Path fresh = write(out, ".gongkai-89abcdef.tmp", "another run, writing now");
		Path otherShape = Files.setLastModifiedTime(write(out, ".gongkai-notours.tmp", "a user's"), old);
		Path otherName = Files.setLastModifiedTime(write(out, ".甲2023.html.0123456789abcdef.tmp", "a user's"), old);
		CliRun run = CliRun.of("generate", "--to", "json", "-o", out.toString(), report.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(Files.notExists(stale));
		assertEquals(Set.of(fresh, otherShape, otherName, out.resolve("甲2023.json")).stream().map(p -> p.getFileName().toString())
				.collect(Collectors.toSet()), names(out));
	}

	private static Set<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
		}
	}
}
