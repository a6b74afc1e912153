package org.gongkai.language.ide.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Injector;

/** One report's text read as the language reads it, on its own (errors and all), for what is built from it. */
public final class ParsedReport {

	/** @return the report's view, or empty when nothing of a report parses */
	public static Optional<ReportView> view(Injector injector, URI uri, String text) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource.getContents().stream().filter(Report.class::isInstance).map(Report.class::cast).findFirst()
				.map(injector.getInstance(ReportViews.class)::of);
	}

	private ParsedReport() {
	}
}
