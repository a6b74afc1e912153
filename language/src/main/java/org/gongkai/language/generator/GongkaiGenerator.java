package org.gongkai.language.generator;

import java.io.ByteArrayInputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Inject;

/**
 * Writes a report without errors in every registered format, {@code NAME.gongkai} → {@code NAME.html},
 * {@code NAME.docx} …, through the file system access (as bytes: every format is UTF-8 or binary). A report with
 * errors writes nothing (LANGUAGE.md §6). The command line writes its files itself (temporary name, rename, never
 * over a file that is not ours); this is the Xtext entry point, which Xtext's builders do not call
 * ({@link NoGenerationOnBuild}: the language server's command gongkai.lsp.generate writes as the command line does).
 */
public class GongkaiGenerator extends AbstractGenerator {

	@Inject
	private DocumentFormats formats;

	@Inject
	private ReportViews views;

	/**
	 * Validates the resource and says no when it has an error. Named, not bound: IShouldGenerate is bound to keep
	 * builders from writing, which is not this generator's rule.
	 */
	@Inject
	private IShouldGenerate.OnlyWithoutErrors withoutErrors;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		CancelIndicator cancel = context.getCancelIndicator() == null ? CancelIndicator.NullImpl : context.getCancelIndicator();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)
				|| !withoutErrors.shouldGenerate(resource, cancel)) {
			return;
		}
		ReportView view = views.of(report);
		String lastSegment = resource.getURI().lastSegment();
		String reportFile = lastSegment == null || lastSegment.isEmpty() ? "report.gongkai" : URI.decode(lastSegment);
		for (DocumentFormat format : formats.all()) {
			if (cancel.isCanceled()) {
				return;
			}
			fsa.generateFile(format.fileName(reportFile), new ByteArrayInputStream(format.render(view)));
		}
	}
}
