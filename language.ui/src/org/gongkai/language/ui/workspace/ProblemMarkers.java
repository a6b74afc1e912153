package org.gongkai.language.ui.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.Strings;
import org.eclipse.xtext.validation.Issue;

/**
 * The validator's issues as problem markers of type {@value #TYPE} (shown in the Problems view and the editor).
 * Besides the usual attributes each marker carries the issue's rule code ({@value #CODE}) and quick-fix data
 * ({@value #DATA}, packed with Xtext's {@link Strings#pack}; read it back with {@link #data}), and it spans the
 * issue's token ({@link IMarker#CHAR_START}, {@link IMarker#CHAR_END}), so that a marker resolution can rebuild
 * the issue.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.gongkai.language.ui.problem";
	public static final String CODE = "code";
	public static final String DATA = "data";

	private static final String[] ATTRIBUTES = { IMarker.SEVERITY, IMarker.MESSAGE, IMarker.LINE_NUMBER, IMarker.CHAR_START,
			IMarker.CHAR_END, IMarker.LOCATION, CODE, DATA, IMarker.SOURCE_ID };

	/** Replaces the file's markers by the issues' (leaves them untouched when they are the same). */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() != Severity.IGNORE) {
				wanted.add(attributes(issue));
			}
		}
		IWorkspace workspace = file.getWorkspace();
		workspace.run(monitor -> {
			if (!file.exists()) {
				return;
			}
			IMarker[] existing = file.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
			if (same(existing, wanted)) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Map<String, Object> attributes : wanted) {
				file.createMarker(TYPE, attributes);
			}
		}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
	}

	/** The quick-fix data of a marker made from an issue. */
	public static String[] data(IMarker marker) {
		String packed = marker.getAttribute(DATA, "");
		return packed.isEmpty() ? new String[0] : Strings.unpack(packed);
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put(IMarker.SEVERITY, severity(issue.getSeverity()));
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "第 " + issue.getLineNumber() + " 行");
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(DATA, Strings.pack(issue.getData()));
		}
		attributes.put(IMarker.SOURCE_ID, "Gongkai");
		return attributes;
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	private static boolean same(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		List<Map<String, Object>> remaining = new ArrayList<>(wanted);
		for (IMarker marker : existing) {
			Map<String, Object> found = null;
			for (Map<String, Object> attributes : remaining) {
				if (equal(marker, attributes)) {
					found = attributes;
					break;
				}
			}
			if (found == null) {
				return false;
			}
			remaining.remove(found);
		}
		return true;
	}

	private static boolean equal(IMarker marker, Map<String, Object> attributes) throws CoreException {
		for (String name : ATTRIBUTES) {
			if (!Objects.equals(marker.getAttribute(name), attributes.get(name))) {
				return false;
			}
		}
		return true;
	}

	private ProblemMarkers() {
	}
}
