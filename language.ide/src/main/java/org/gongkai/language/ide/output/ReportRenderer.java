package org.gongkai.language.ide.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.ide.input.ReportFileConverter;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Reads a report that validated without errors once more, on its own, and renders it in the formats asked for, each
 * document marked with the report it comes from ({@link SourceMark}). The
 * documents need nothing from other reports (last year's report only serves the rules), so no index is built.
 */
public final class ReportRenderer {

	private final Provider<XtextResourceSet> resourceSets;
	private final IResourceFactory resourceFactory;
	private final ReportViews views;

	public ReportRenderer(Injector injector) {
		resourceSets = injector.getProvider(XtextResourceSet.class);
		resourceFactory = injector.getInstance(IResourceFactory.class);
		views = injector.getInstance(ReportViews.class);
	}

	/** Each format's document, in the order of {@code formats}. */
	public Map<DocumentFormat, byte[]> render(InputFile file, List<DocumentFormat> formats) {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.setURIConverter(new ReportFileConverter());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				resourceFactory);
		try {
			Resource resource = resourceSet.getResource(file.uri(), true);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
				throw new CliProblem("生成 " + file.display() + " 时出错：读不出报告");
			}
			ReportView view = views.of(report);
			SourceMark source = SourceMark.of(file.path());
			Map<DocumentFormat, byte[]> documents = new LinkedHashMap<>();
			for (DocumentFormat format : formats) {
				documents.put(format, source.stamp(format.name(), format.render(view)));
			}
			return documents;
		} catch (CliProblem e) {
			throw e;
		} catch (RuntimeException | StackOverflowError e) {
			throw new CliProblem("生成 " + file.display() + " 时出错：" + CliProblem.describe(e));
		} finally {
			resourceSet.getResources().clear();
		}
	}
}
