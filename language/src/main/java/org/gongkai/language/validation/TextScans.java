package org.gongkai.language.validation;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The {@link TextScan} of a report, made once per version of its resource, as its view is. */
@Singleton
class TextScans {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private ReportViews views;

	TextScan of(Report report) {
		if (report.eResource() == null) {
			return TextScan.of(views.of(report), NodeModelUtils.getNode(report));
		}
		return cache.get(Tuples.create(TextScans.class, report), report.eResource(),
				() -> TextScan.of(views.of(report), NodeModelUtils.getNode(report)));
	}
}
