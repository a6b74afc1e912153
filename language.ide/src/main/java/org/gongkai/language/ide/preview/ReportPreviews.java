package org.gongkai.language.ide.preview;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Inject;

/**
 * A report's preview: the report as the html format prints it — only when it has no errors, as {@code gongkai
 * generate} — with its numbers of errors and warnings and the lines of each part. The language server answers
 * {@code gongkai/preview} with it (server/PreviewRequest: the browser workbench, VS Code), the Eclipse plug-in's
 * view 报告预览 shows it.
 */
public class ReportPreviews {

	/**
	 * @param html the html document, or null while the report has errors (or cannot be read)
	 * @param firstError the first error's line and column (0-based), or null
	 * @param parts where each part is written (0-based lines) and its element's id in the html
	 */
	public record Preview(String html, int errors, int warnings, Position firstError, List<Part> parts) {

		/** The part written at a line (0-based), the one a preview shows for the cursor there; empty outside the parts. */
		public Optional<Part> partAt(int line) {
			return parts.stream().filter(part -> part.startLine() <= line && line <= part.endLine()).findFirst();
		}
	}

	public record Position(int line, int character) {
	}

	public record Part(String id, int startLine, int endLine) {
	}

	@Inject
	private DocumentFormats formats;

	@Inject
	private ReportViews views;

	/** The preview of a loaded resource (validated here, with whatever index its resource set has). */
	public Preview of(Resource resource, CancelIndicator cancel) {
		if (!(resource instanceof XtextResource xtext) || xtext.getContents().isEmpty()
				|| !(xtext.getContents().get(0) instanceof Report report)) {
			return new Preview(null, 0, 0, null, List.of());
		}
		List<Issue> issues = xtext.getResourceServiceProvider().getResourceValidator().validate(xtext, CheckMode.ALL, cancel);
		List<Issue> errors = issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		int warnings = (int) issues.stream().filter(issue -> issue.getSeverity() == Severity.WARNING).count();
		Position first = errors.stream().filter(issue -> issue.getLineNumber() != null && issue.getColumn() != null)
				.min(Comparator.comparingInt(Issue::getLineNumber).thenComparingInt(Issue::getColumn))
				.map(issue -> new Position(issue.getLineNumber() - 1, Math.max(0, issue.getColumn() - 1))).orElse(null);
		String html = errors.isEmpty() ? formats.byName("html").map(format -> new String(format.render(views.of(report)),
				StandardCharsets.UTF_8)).orElse(null) : null;
		return new Preview(html, errors.size(), warnings, first, parts(report));
	}

	private static List<Part> parts(Report report) {
		List<Part> parts = new ArrayList<>();
		for (Section section : report.getSections()) {
			ICompositeNode node = NodeModelUtils.getNode(section);
			if (node != null && section.getPart() != null) {
				parts.add(new Part(section.getPart().getLiteral(), node.getStartLine() - 1, node.getEndLine() - 1));
			}
		}
		return parts;
	}
}
