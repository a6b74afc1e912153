package org.gongkai.language.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.gongkai.language.ui.workspace.ProblemMarkers;

/** The workbench the tests drive: projects and report files, editors, markers, waiting, screenshots. */
final class Workbench {

	private static final long TIMEOUT_MS = 60_000;

	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		return project;
	}

	/** A copy of one of the repository's examples/ reports. */
	static IFile example(IProject project, String name) throws IOException, CoreException {
		return file(project, name, exampleText(name));
	}

	static String exampleText(String name) throws IOException {
		return Files.readString(Path.of(System.getProperty("gongkai.examples"), name), StandardCharsets.UTF_8);
	}

	static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	static void write(IFile file, String text) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
	}

	static ITextEditor open(IFile file) throws CoreException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), file, true);
		page().getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
		return editor;
	}

	/** Opens File → New's wizard of that id on a selection, as the workbench does, without waiting for it to close. */
	static WizardDialog wizard(String id, Object selected) throws CoreException {
		INewWizard wizard = (INewWizard) PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(id).createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(selected));
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	/** Types a value into the wizard's control of that field name (NewReportPage.FIELD). */
	static void fill(Composite composite, String field, String value) {
		for (Control child : composite.getChildren()) {
			if (field.equals(child.getData("org.gongkai.field"))) {
				if (child instanceof Text text) {
					text.setText(value);
				} else {
					((Combo) child).setText(value);
				}
				return;
			}
			if (child instanceof Composite inner) {
				fill(inner, field, value);
			}
		}
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static StyledText styledText(ITextEditor editor) {
		return (StyledText) editor.getAdapter(Control.class);
	}

	/** Runs the event loop until the value is there (not null, not false), at most a minute. */
	static <T> T waitFor(String what, Supplier<T> value) {
		return waitFor(what, value, () -> "");
	}

	/** The same, showing the state when it fails. */
	static <T> T waitFor(String what, Supplier<T> value, Supplier<?> state) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < end) {
			T result = value.get();
			if (result != null && !Boolean.FALSE.equals(result)) {
				return result;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { });
				display.sleep();
			}
		}
		fail("waited a minute for " + what + " " + state.get());
		return null;
	}

	/** Runs the event loop until the value equals the expected one, at most a minute; fails showing the last value. */
	static void waitForEqual(Object expected, Supplier<?> actual) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < end && !expected.equals(actual.get())) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { });
				display.sleep();
			}
		}
		assertEquals(expected, actual.get());
	}

	/** The report markers of a file, each as "severity code line «marked text»", sorted. */
	static List<String> markers(IFile file, String text) {
		List<String> markers;
		// the builder replaces a file's markers while they are read: a snapshot with a marker gone meanwhile is read again
		while ((markers = readMarkers(file, text)) == null) {
			Thread.onSpinWait();
		}
		return markers;
	}

	private static List<String> readMarkers(IFile file, String text) {
		try {
			List<String> markers = new ArrayList<>();
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				if (!marker.exists()) {
					return null;
				}
				int severity = marker.getAttribute(IMarker.SEVERITY, -1);
				int start = marker.getAttribute(IMarker.CHAR_START, 0);
				int end = marker.getAttribute(IMarker.CHAR_END, 0);
				markers.add((severity == IMarker.SEVERITY_ERROR ? "error" : severity == IMarker.SEVERITY_WARNING ? "warning" : "info")
						+ " " + marker.getAttribute(ProblemMarkers.CODE, "") + " " + marker.getAttribute(IMarker.LINE_NUMBER, -1)
						+ " «" + (end <= text.length() ? text.substring(start, end) : "?") + "»");
				if (!marker.exists()) {
					return null;
				}
			}
			markers.sort(null);
			return markers;
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The 1-based line of the first line that contains the needle. */
	static int lineOf(String text, String needle) {
		List<String> lines = Arrays.asList(text.split("\n", -1));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(needle)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("no line holds " + needle);
	}

	/** The texts of the labels in a dialog (or any composite), top to bottom, e.g. what a message dialog says. */
	static List<String> labels(Composite composite) {
		List<String> texts = new ArrayList<>();
		labels(composite, texts);
		return texts;
	}

	private static void labels(Composite composite, List<String> texts) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label) {
				texts.add(label.getText());
			} else if (child instanceof Composite inner) {
				labels(inner, texts);
			}
		}
	}

	/** Saves a picture of the whole display as target/NAME.png, for a person to look at. */
	static void screenshot(String name) throws IOException {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// paint what is pending
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path folder = Path.of(System.getProperty("gongkai.screenshots"));
			Files.createDirectories(folder);
			loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private Workbench() {
	}
}
