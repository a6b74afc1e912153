package org.gongkai.language.ui.commands;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** What a command tells when its job is done. */
final class Dialogs {

	/** A modal message ({@link MessageDialog#INFORMATION} and so on) that does not hold up the caller's event loop. */
	static void tell(Shell shell, String title, String message, int kind) {
		MessageDialog dialog = new MessageDialog(shell == null || shell.isDisposed() ? null : shell, title, null, message, kind, 0, "确定");
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	private Dialogs() {
	}
}
