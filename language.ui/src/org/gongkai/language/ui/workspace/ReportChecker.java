package org.gongkai.language.ui.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gongkai.language.ide.preview.ReportPreviews;
import org.gongkai.language.ide.quickfix.QuickFix;
import org.gongkai.language.ide.quickfix.QuickFixes;
import org.gongkai.language.ui.GongkaiLanguage;

/**
 * Checks a report of the workspace as the command line checks a file: parsed from its current text, with the
 * reports of its project in the index, so that last year's report (read from its current text too) is found.
 */
public final class ReportChecker {

	/** The validator's issues on the file's current text. */
	public static List<Issue> check(IFile file, CancelIndicator cancel) throws IOException {
		return validate(loadInProject(file), cancel);
	}

	/** The report's preview (as the language server's {@code gongkai/preview}) on the file's current text. */
	public static ReportPreviews.Preview preview(IFile file, CancelIndicator cancel) throws IOException {
		return GongkaiLanguage.injector().getInstance(ReportPreviews.class).of(loadInProject(file), cancel);
	}

	/**
	 * The quick fixes of the file's issue of rule {@code code} at {@code offset}, found by checking the current text
	 * again (none when the text has changed so that the issue is no longer there). The edits apply to that text.
	 */
	public static List<QuickFix> fixes(IFile file, String code, int offset) throws IOException {
		Resource resource = loadInProject(file);
		if (!(resource instanceof XtextResource xtext)) {
			return List.of();
		}
		QuickFixes quickFixes = GongkaiLanguage.injector().getInstance(QuickFixes.class);
		return validate(resource, CancelIndicator.NullImpl).stream()
				.filter(issue -> code.equals(issue.getCode()) && issue.getOffset() != null && issue.getOffset() == offset)
				.findFirst().map(issue -> quickFixes.of(issue, xtext)).orElse(List.of());
	}

	private static Resource loadInProject(IFile file) throws IOException {
		XtextResourceSet resourceSet = resourceSet();
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, ReportIndex.INSTANCE.current(file.getProject()));
		return load(resourceSet, file);
	}

	private static List<Issue> validate(Resource resource, CancelIndicator cancel) {
		return GongkaiLanguage.injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
	}

	/** What the file's report exports to the index. */
	static IResourceDescription describe(IFile file) throws IOException {
		Resource resource = load(resourceSet(), file);
		return GongkaiLanguage.injector().getInstance(IResourceDescription.Manager.class).getResourceDescription(resource);
	}

	private static Resource load(XtextResourceSet resourceSet, IFile file) throws IOException {
		try {
			return resourceSet.getResource(WorkspaceReports.uri(file), true);
		} catch (RuntimeException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
		}
	}

	/** A resource set that reads workspace reports through {@link WorkspaceReports#text}. */
	private static XtextResourceSet resourceSet() {
		XtextResourceSet resourceSet = GongkaiLanguage.injector().getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		resourceSet.getURIConverter().getURIHandlers().add(0, new URIHandlerImpl() {
			@Override
			public boolean canHandle(URI uri) {
				return uri.isPlatformResource();
			}

			@Override
			public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
				return new ByteArrayInputStream(WorkspaceReports.text(WorkspaceReports.file(uri)).getBytes(StandardCharsets.UTF_8));
			}
		});
		return resourceSet;
	}

	private ReportChecker() {
	}
}
