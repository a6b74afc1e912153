package org.gongkai.cli;

import java.lang.reflect.Method;

/** Whether the process's stderr is a terminal, where progress may be drawn. */
final class Terminal {

	private Terminal() {
	}

	/**
	 * The launcher script knows ({@code -Dgongkai.stderr.tty=true|false}); otherwise System.console() tells for stdin
	 * and stdout (from Java 22 on it is non-null when redirected, isTerminal() tells).
	 */
	static boolean isStderr() {
		String launcher = System.getProperty("gongkai.stderr.tty");
		if (launcher != null) {
			return Boolean.parseBoolean(launcher);
		}
		var console = System.console();
		if (console == null) {
			return false;
		}
		try {
			Method isTerminal = java.io.Console.class.getMethod("isTerminal");
			return (Boolean) isTerminal.invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}
}
