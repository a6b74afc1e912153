package org.gongkai.language.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A quoted text: the quotes go; backslash-quote and double backslash are the only escapes, and any other
 * backslash stays as written (LANGUAGE.md §1). Java's escapes would surprise a clerk who types a path.
 */
public class TextConverter implements IValueConverter<String> {

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.length() < 2) {
			return string;
		}
		String inner = string.substring(1, string.length() - 1);
		StringBuilder out = new StringBuilder(inner.length());
		for (int i = 0; i < inner.length(); i++) {
			char c = inner.charAt(i);
			if (c == '\\' && i + 1 < inner.length() && (inner.charAt(i + 1) == '"' || inner.charAt(i + 1) == '\\')) {
				out.append(inner.charAt(++i));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
