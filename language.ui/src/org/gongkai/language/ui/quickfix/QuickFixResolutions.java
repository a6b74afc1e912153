package org.gongkai.language.ui.quickfix;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.gongkai.language.ide.quickfix.QuickFix;
import org.gongkai.language.ui.workspace.ProblemMarkers;
import org.gongkai.language.ui.workspace.ReportChecker;

/**
 * The quick fixes of a report's problem marker (Ctrl+1 in the editor, "Quick Fix" in the Problems view): the same
 * fixes the language server offers ({@code language.ide}'s {@code QuickFixes}), for the issue the marker was made
 * from, found again on the report's current text.
 */
public class QuickFixResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !fixes(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return fixes(marker).stream().map(fix -> new QuickFixResolution(fix.label())).toArray(IMarkerResolution[]::new);
	}

	/** The fixes of the marker's issue on the file's current text; none when the marker is out of date. */
	static List<QuickFix> fixes(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		int offset = marker.getAttribute(IMarker.CHAR_START, -1);
		if (code == null || offset < 0 || !(marker.getResource() instanceof IFile file) || !file.exists()) {
			return List.of();
		}
		try {
			return ReportChecker.fixes(file, code, offset);
		} catch (IOException e) {
			return List.of();
		}
	}
}
