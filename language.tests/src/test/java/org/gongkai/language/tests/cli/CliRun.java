package org.gongkai.language.tests.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.gongkai.cli.GongkaiCli;

/** Runs the real command line in-process and keeps what it printed. */
public record CliRun(int exit, String out, String err) {

	public static CliRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = GongkaiCli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
		return new CliRun(exit, out.toString(UTF_8), err.toString(UTF_8));
	}

	public String[] outLines() {
		return out.lines().toArray(String[]::new);
	}

	public String lastOutLine() {
		String[] lines = outLines();
		return lines.length == 0 ? "" : lines[lines.length - 1];
	}

	public boolean noStackTrace() {
		return !(out + err).contains("Exception") && !(out + err).contains("\tat ");
	}
}
