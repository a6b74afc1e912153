package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.waitFor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.ITextEditor;

/** The Project Explorer as a clerk uses it: a file selected, a command run on it, its context menu; and what opens. */
final class Explorer {

	private final CommonNavigator explorer;

	Explorer() throws PartInitException {
		explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		Workbench.page().getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
	}

	CommonNavigator view() {
		return explorer;
	}

	void select(IFile file) {
		Workbench.page().activate(explorer);
		waitFor("the selection of " + file.getName(), () -> {
			// a file just created shows in the tree only once the explorer has refreshed: selected again until it is
			if (!file.equals(explorer.getCommonViewer().getStructuredSelection().getFirstElement())) {
				explorer.selectReveal(new StructuredSelection(file));
			}
			return file.equals(explorer.getCommonViewer().getStructuredSelection().getFirstElement());
		});
	}

	/** Runs the command on the file selected in the Project Explorer, as its key binding or the menu would. */
	void execute(String command, IFile file) throws Exception {
		select(file);
		explorer.getSite().getService(IHandlerService.class).executeCommand(command, null);
	}

	/** The labels of the Project Explorer's context menu on the file (its mnemonics and shortcuts dropped). */
	List<String> menu(IFile file) {
		List<String> labels = new ArrayList<>();
		withMenu(file, menu -> Arrays.stream(menu.getItems()).map(item -> item.getText().replaceAll("\\(&.\\)|&|\\t.*", "").strip())
				.forEach(labels::add));
		return labels;
	}

	/** Chooses the item of the file's context menu that says {@code label}. */
	void runFromMenu(IFile file, String label) {
		withMenu(file, menu -> {
			MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().contains(label)).findFirst().orElseThrow();
			item.notifyListeners(SWT.Selection, new Event());
		});
	}

	/** The file's context menu shown on screen, as a person sees it, for a screenshot once it offers {@code label}. */
	void screenshotMenu(IFile file, String label, String screenshot) throws IOException {
		select(file);
		Tree tree = explorer.getCommonViewer().getTree();
		Menu menu = tree.getMenu();
		TreeItem item = tree.getSelection()[0];
		menu.setLocation(tree.toDisplay(item.getBounds().x + 40, item.getBounds().y + item.getBounds().height));
		menu.setVisible(true);
		try {
			waitFor("the context menu", () -> Arrays.stream(menu.getItems()).anyMatch(i -> i.getText().contains(label)));
			Workbench.screenshot(screenshot);
		} finally {
			menu.setVisible(false);
		}
	}

	/** Fills the Project Explorer's context menu on the file as showing it does, hands it over, hides it again. */
	private void withMenu(IFile file, Consumer<Menu> use) {
		select(file);
		Menu menu = explorer.getCommonViewer().getTree().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		try {
			use.accept(menu);
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}

	/** Waits for the active editor to be the file's of that name. */
	static ITextEditor waitForEditor(String name, String dialogTitle) {
		return waitFor("the editor of " + name, () -> {
			IEditorPart editor = Workbench.page().getActiveEditor();
			IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
			return file != null && file.getName().equals(name) && editor instanceof ITextEditor text ? text : null;
		}, () -> "; open: " + Arrays.stream(Workbench.page().getEditorReferences()).map(r -> r.getName()).toList() + " " + dialogs(dialogTitle));
	}

	/** Waits for a command's dialog and returns what it says (leaving it open, for a screenshot). */
	static String dialogText(String title) {
		Shell dialog = waitFor("the dialog " + title, () -> dialog(title));
		return String.join("\n", Workbench.labels(dialog));
	}

	static Shell dialog(String title) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	private static String dialogs(String title) {
		Shell dialog = dialog(title);
		return dialog == null ? "" : "dialog: " + Workbench.labels(dialog);
	}

	static void closeDialogs(String title) {
		for (Shell dialog; (dialog = dialog(title)) != null;) {
			dialog.close();
		}
	}
}
