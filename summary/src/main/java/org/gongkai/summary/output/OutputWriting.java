package org.gongkai.summary.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.cli.GongkaiCli;
import org.gongkai.language.ide.output.AtomicWrite;
import org.gongkai.language.ide.output.CliProblem;

/**
 * Writes the summary's files side by side, one thread each (the page, the workbook and the table take about as long),
 * each under a temporary name renamed into place when whole.
 */
public final class OutputWriting {

	private OutputWriting() {
	}

	/** @return the paths written, in the order given */
	public static List<Path> write(OutputPlan plan, Map<SummaryFile, AtomicWrite.Content> contents) {
		ExecutorService pool = Executors.newFixedThreadPool(contents.size(), task -> {
			Thread thread = new Thread(task, "gongkai-summary-output");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Map<Path, Future<?>> writing = new LinkedHashMap<>();
			contents.forEach((file, content) -> {
				Path path = plan.path(file);
				writing.put(path, pool.submit(() -> {
					AtomicWrite.replace(path, content);
					return null;
				}));
			});
			List<Path> written = new ArrayList<>();
			for (Map.Entry<Path, Future<?>> file : writing.entrySet()) {
				wait(file.getKey(), file.getValue());
				written.add(file.getKey());
			}
			return written;
		} finally {
			pool.shutdownNow();
		}
	}

	private static void wait(Path path, Future<?> writing) {
		try {
			writing.get();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			throw new CliProblem("无法写入 " + path + "：" + (cause instanceof IOException io ? AtomicWrite.reason(io) : GongkaiCli.describe(cause)));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliProblem("已中断");
		}
	}
}
