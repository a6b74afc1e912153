package org.gongkai.language.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/** The plug-in's log. */
public final class GongkaiUi {

	public static void log(String message, Throwable e) {
		ILog.of(GongkaiUi.class).log(Status.error(message, e));
	}

	private GongkaiUi() {
	}
}
