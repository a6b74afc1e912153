package org.gongkai.workbench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Opens an address in the default browser: {@code open} on macOS, {@code cmd /c start} on Windows, else xdg-open. */
final class Browser {

	private Browser() {
	}

	/** Whether the opener could be started; its outcome is the browser's. */
	static boolean open(String address) {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "\"\"", address.replace("&", "^&"))
				: os.contains("mac") ? List.of("open", address) : List.of("xdg-open", address);
		try {
			new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return true;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
