package org.gongkai.language.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Singleton;

/** Texts and report names are read with the language's own two escapes. A singleton: building it walks the grammar. */
@Singleton
public class GongkaiValueConverters extends DefaultTerminalConverters {

	private final TextConverter text = new TextConverter();

	@ValueConverter(rule = "Text")
	public IValueConverter<String> Text() {
		return text;
	}

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return text;
	}
}
