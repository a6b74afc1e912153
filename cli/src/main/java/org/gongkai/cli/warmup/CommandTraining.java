package org.gongkai.cli.warmup;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.cli.GongkaiCli;

/**
 * The commands a clerk runs, each once, inside this process, on the two {@link TrainingReports}: validate, generate in
 * every format, import what generate printed. Run under Java's AOT cache recording ({@code gongkai train cli}), it
 * makes the cache that starts the command line.
 */
public final class CommandTraining {

	private CommandTraining() {
	}

	public static void run(Path folder) throws Exception {
		Path report = TrainingReports.write(folder);
		Path documents = folder.resolve("documents");
		String name = report.getFileName().toString().replaceFirst("\\.gongkai$", "");
		run("validate", folder.toString());
		run("validate", "--format", "json", report.toString());
		run("generate", "--to", "html,docx,md,json", "-o", documents.toString(), report.toString());
		for (String kind : List.of("html", "docx", "md")) {
			run("import", "-o", folder.resolve("imported-" + kind + ".gongkai").toString(),
					documents.resolve(name + "." + kind).toString());
		}
		run("new", "--organ", TrainingReports.ORGAN, "--year", String.valueOf(TrainingReports.YEAR + 1), "-o",
				folder.resolve("new.gongkai").toString());
	}

	/** Runs a command; one that does not succeed would leave its work untrained, so the training fails. */
	private static void run(String... args) {
		PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
		if (GongkaiCli.run(args, discard, discard) != GongkaiCli.OK) {
			throw new IllegalStateException("训练中的命令未成功：gongkai " + String.join(" ", args));
		}
	}
}
