package org.gongkai.language.ide.server;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * A diagnostic's data as the issue data it was published from. The server publishes the String[]; a
 * client sends it back as JSON (an array of strings), an in-process client as it was.
 */
final class DiagnosticData {

	private DiagnosticData() {
	}

	static String[] strings(Object data) {
		List<String> strings = new ArrayList<>();
		if (data instanceof String[] array) {
			return array;
		}
		if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				strings.add(element.isJsonPrimitive() ? element.getAsString() : null);
			}
		} else if (data instanceof Iterable<?> iterable) {
			iterable.forEach(element -> strings.add(element == null ? null : element.toString()));
		}
		return strings.toArray(String[]::new);
	}
}
