package org.gongkai.language.formatting2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.gongkai.language.template.Skeleton;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A report's text as the formatter lays it out, parsed on its own: the whole text ({@code gongkai format}, indented
 * as {@code gongkai new} indents, {@link Skeleton#INDENT}) or some regions of it (a quick fix's insertion). Empty when
 * the text does not parse, which the formatter leaves alone.
 */
public class FormattedText {

	private static final URI SCRATCH = URI.createURI("format:/report.gongkai");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	/** The whole text formatted, with its own line separator. */
	public Optional<String> of(String text) {
		return of(text, List.of(), Skeleton.INDENT, lineSeparator(text));
	}

	/** @param regions what to format; empty for the whole text */
	public Optional<String> of(String text, List<ITextRegion> regions, String indent, String lineSeparator) {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceFactory.createResource(SCRATCH);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), resourceSet.getLoadOptions());
			if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
				return Optional.empty();
			}
			FormatterRequest request = requests.get();
			request.setTextRegionAccess(regionAccess.get().forNodeModel(resource).create());
			if (!regions.isEmpty()) {
				request.setRegions(regions);
			}
			request.setPreferences(new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(), indent,
					FormatterPreferenceKeys.lineSeparator.getId(), lineSeparator)));
			request.setExceptionHandler(ExceptionAcceptor.THROWING);
			List<ITextReplacement> replacements = new ArrayList<>(formatter.format(request));
			replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
			StringBuilder out = new StringBuilder(text);
			for (ITextReplacement replacement : replacements) {
				out.replace(replacement.getOffset(), replacement.getEndOffset(), replacement.getReplacementText());
			}
			return Optional.of(out.toString());
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		} finally {
			resourceSet.getResources().clear();
		}
	}

	public static String lineSeparator(String text) {
		return text.contains("\r\n") ? "\r\n" : "\n";
	}
}
