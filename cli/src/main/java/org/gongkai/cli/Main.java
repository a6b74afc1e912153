package org.gongkai.cli;

import java.util.Optional;
import java.util.OptionalInt;

import org.gongkai.cli.daemon.DaemonClient;

/**
 * The jar's entry: {@code gongkai validate} is asked of the daemon that keeps the language loaded when one listens
 * ({@link DaemonClient}); everything else, and validate when no daemon answers, runs in this process
 * ({@link GongkaiCli}), which then starts the daemon for the runs after it. A class of its own so that a run the daemon
 * serves loads neither picocli nor log4j.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		Optional<DaemonClient> daemon = DaemonClient.of(args);
		if (daemon.isPresent()) {
			OptionalInt served = daemon.get().ask(args, Terminal.isStderr());
			if (served.isPresent()) {
				System.exit(served.getAsInt());
			}
		}
		int status = GongkaiCli.runHere(args);
		daemon.ifPresent(DaemonClient::startIfAbsent);
		System.exit(status);
	}
}
