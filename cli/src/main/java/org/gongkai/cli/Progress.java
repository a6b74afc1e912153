package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** "\r已检查 1234/10000" on stderr, for large batches on a terminal only. */
final class Progress {

	static final int SHOWN_FROM = 50;
	private static final long INTERVAL_NANOS = 100_000_000L;

	private final PrintWriter err;
	private final boolean enabled;

	private Progress(PrintWriter err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
	}

	static Progress of(PrintWriter err, boolean terminal, int files) {
		return new Progress(err, terminal && files > SHOWN_FROM);
	}

	Phase phase(String label, int total) {
		return new Phase(label, total);
	}

	final class Phase {
		private final String label;
		private final AtomicInteger done = new AtomicInteger();
		private final int total;
		private long shownAt;

		private Phase(String label, int total) {
			this.label = label;
			this.total = total;
		}

		void step() {
			int count = done.incrementAndGet();
			if (!enabled) {
				return;
			}
			synchronized (this) {
				long now = System.nanoTime();
				if (now - shownAt >= INTERVAL_NANOS) {
					shownAt = now;
					err.print("\r" + label + " " + count + "/" + total);
					err.flush();
				}
			}
		}

		void done() {
			if (enabled) {
				synchronized (this) {
					err.print("\r" + " ".repeat(label.length() * 2 + 24) + "\r");
					err.flush();
				}
			}
		}
	}
}
