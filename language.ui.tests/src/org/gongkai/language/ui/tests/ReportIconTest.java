package org.gongkai.language.ui.tests;

import static org.gongkai.language.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A report file shows Gongkai's icon in the editor's tab and in the Project Explorer. */
class ReportIconTest {

	private static final ImageData ICON = ImageDescriptor
			.createFromURL(Platform.getBundle("org.gongkai.language.ui").getEntry("icons/report.svg")).getImageData(100);

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void editorTabAndProjectExplorerShowTheReportIcon() throws Exception {
		IProject project = Workbench.project("icons");
		IFile file = Workbench.file(project, "某县人民政府2024.gongkai", "report \"某县2024\" { }\n");
		ITextEditor editor = Workbench.open(file);
		assertTrue(similarity(editor.getTitleImage(), ICON.height) >= 0.95, "the editor's tab");

		CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().expandAll();
		waitFor("the report icon in the Project Explorer", () -> {
			for (TreeItem projectItem : explorer.getCommonViewer().getTree().getItems()) {
				for (TreeItem item : projectItem.getItems()) {
					// the upper half: the Problems decorator lays the error sign over the lower corners
					if (item.getText().equals(file.getName()) && similarity(item.getImage(), ICON.height / 2) >= 0.95) {
						return true;
					}
				}
			}
			return false;
		}, () -> describe(explorer));
	}

	private static String describe(CommonNavigator explorer) {
		StringBuilder out = new StringBuilder();
		for (TreeItem projectItem : explorer.getCommonViewer().getTree().getItems()) {
			for (TreeItem item : projectItem.getItems()) {
				Image image = item.getImage();
				out.append(item.getText()).append(": ").append(image == null ? "no image" : image.getImageData(100).width + "x"
						+ image.getImageData(100).height + " " + similarity(image, ICON.height / 2)).append("; ");
			}
		}
		return out.toString();
	}

	/**
	 * The share of the pixels in the image's first rows that have the same colour and (roughly) opacity as the icon's;
	 * 0 for no image or another size.
	 */
	private static double similarity(Image image, int rows) {
		if (image == null) {
			return 0;
		}
		ImageData data = image.getImageData(100);
		if (data.width != ICON.width || data.height != ICON.height) {
			return 0;
		}
		int same = 0;
		for (int y = 0; y < rows; y++) {
			for (int x = 0; x < data.width; x++) {
				boolean opaque = alpha(data, x, y) > 127;
				if (opaque == alpha(ICON, x, y) > 127 && (!opaque || close(rgb(data, x, y), rgb(ICON, x, y)))) {
					same++;
				}
			}
		}
		return (double) same / (data.width * rows);
	}

	private static int alpha(ImageData data, int x, int y) {
		if (data.alphaData != null || data.alpha != -1) {
			return data.getAlpha(x, y);
		}
		return data.getTransparencyMask().getPixel(x, y) == 0 ? 0 : 255;
	}

	private static RGB rgb(ImageData data, int x, int y) {
		return data.palette.getRGB(data.getPixel(x, y));
	}

	private static boolean close(RGB a, RGB b) {
		return Math.abs(a.red - b.red) + Math.abs(a.green - b.green) + Math.abs(a.blue - b.blue) < 30;
	}
}
