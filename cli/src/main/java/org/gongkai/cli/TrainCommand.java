package org.gongkai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.gongkai.cli.warmup.CommandTraining;
import org.gongkai.cli.warmup.ServerTraining;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gongkai train lsp|cli}: a run of what the language server or the command line does, on reports of its own in
 * a temporary folder, for Java to record the classes it loads into an AOT cache ({@code -XX:AOTCacheOutput}, Java
 * 25+). The launchers and the VS Code extension start it in the background when the cache is missing; it is not meant
 * for people, so it is left out of the help.
 */
@Command(name = "train", hidden = true, description = "为 Java 的 AOT 缓存运行一遍语言服务器（lsp）或命令行（cli），加快以后的启动。")
public class TrainCommand implements Callable<Integer> {

	enum Kind { lsp, cli }

	@Parameters(index = "0", paramLabel = "lsp|cli")
	Kind kind;

	@Override
	public Integer call() throws Exception {
		Path folder = Files.createTempDirectory("gongkai-train");
		try {
			if (kind == Kind.lsp) {
				ServerTraining.run(folder);
			} else {
				CommandTraining.run(folder);
			}
		} finally {
			delete(folder);
		}
		return GongkaiCli.OK;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
