package org.gongkai.language.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.gongkai.language.tests.Validation;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter with two spaces a level, as {@code gongkai new}, the importer and the examples write reports. */
public class TwoSpaces {

	@Inject
	private Validation validation;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private TextRegionAccessBuilder regions;

	/** The text formatted; it must parse without errors. */
	public String format(String text) {
		XtextResource resource = (XtextResource) validation.validate(text).resource();
		assertEquals(List.of(), resource.getErrors());
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions.forNodeModel(resource).create());
		request.setPreferences(new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(), "  ")));
		return request.getTextRegionAccess().getRewriter().renderToString(formatter.format(request));
	}
}
