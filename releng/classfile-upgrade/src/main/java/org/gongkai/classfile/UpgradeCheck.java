package org.gongkai.classfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Proves that the new (split) verifier accepts every upgraded class as it is: a class-data dump of the jar links each
 * class of the list, and the check fails on any that it rejected or failed over to the old verifier for. The dump runs
 * on this JVM's Java. Arguments: JAR LIST WORK (a folder for the throw-away archive and the dump's log).
 */
public final class UpgradeCheck {

	public static void main(String[] args) throws IOException, InterruptedException {
		DumpLog.Outcome outcome = check(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
		if (!outcome.errors().isEmpty()) {
			throw new IllegalStateException(outcome.errors().size() + " upgraded classes fail the new verifier:\n  "
					+ String.join("\n  ", outcome.errors()));
		}
		System.out.printf("%s: %d upgraded classes pass the new verifier; %d cannot be linked, needing a class the jar"
				+ " lacks, whatever their version: %s%n", args[0], outcome.verified().size(),
				outcome.lackingClasses().size(), outcome.lackingClasses());
	}

	static DumpLog.Outcome check(Path jar, Path list, Path work) throws IOException, InterruptedException {
		Files.createDirectories(work);
		Path archive = work.resolve("upgrade-check.jsa");
		Path log = work.resolve("upgrade-check.log");
		Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive,
				"-Xlog:cds=warning,class+init=info", "-cp", jar.toString()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		int exit = dump.waitFor();
		Files.deleteIfExists(archive);
		List<String> lines = Files.readAllLines(log);
		if (exit != 0) {
			throw new IllegalStateException("the class-data dump failed (" + exit + "), see " + log);
		}
		return DumpLog.read(lines, Files.readAllLines(list));
	}

	private UpgradeCheck() {
	}
}
