package org.gongkai.language.tests.generator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Reports rendered in a format, as the generator would: parsed, viewed, rendered (errors or not: that is the CLI's part). */
public class Documents {

	public static final Path EXAMPLES = Path.of("..", "examples");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ReportViews views;

	@Inject
	private DocumentFormats formats;

	public ReportView view(String text) {
		Resource resource = resource();
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return views.of((Report) resource.getContents().get(0));
	}

	/** Parsed from the string itself, not from its bytes: a lone surrogate does not survive encoding to UTF-8. */
	public ReportView parsed(String text) {
		XtextResource resource = (XtextResource) resource();
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return views.of((Report) resource.getContents().get(0));
	}

	private Resource resource() {
		return resourceSets.get().createResource(URI.createFileURI("/workspace/report.gongkai"));
	}

	public ReportView example(String name) {
		try {
			return view(Files.readString(EXAMPLES.resolve(name + ".gongkai")));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The document in the named format ({@code html}, {@code md}), as text. */
	public String render(String format, ReportView view) {
		return new String(formats.byName(format).orElseThrow().render(view), StandardCharsets.UTF_8);
	}

	public String render(String format, String reportText) {
		return render(format, view(reportText));
	}
}
