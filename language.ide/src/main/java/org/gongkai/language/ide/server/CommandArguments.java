package org.gongkai.language.ide.server;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/** The arguments of {@code workspace/executeCommand}: JSON from a client, Java objects when called in process. */
final class CommandArguments {

	private CommandArguments() {
	}

	/**
	 * The report's URI, the first argument.
	 *
	 * @throws Refusal saying {@code expected} when it is not one string
	 */
	static String uri(List<Object> arguments, String expected) {
		List<String> uris = strings(at(arguments, 0));
		if (uris.size() != 1) {
			throw new Refusal(expected);
		}
		return uris.get(0);
	}

	/** The argument at {@code index}, or null when there are fewer. */
	static Object at(List<Object> arguments, int index) {
		return arguments == null || arguments.size() <= index ? null : arguments.get(index);
	}

	/** An argument as strings: a string, or a list of them. */
	static List<String> strings(Object argument) {
		List<String> strings = new ArrayList<>();
		if (argument instanceof JsonArray array) {
			array.forEach(element -> strings.addAll(strings(element)));
		} else if (argument instanceof JsonPrimitive primitive && primitive.isString()) {
			strings.add(primitive.getAsString());
		} else if (argument instanceof String string) {
			strings.add(string);
		} else if (argument instanceof Iterable<?> iterable && !(argument instanceof JsonElement)) {
			iterable.forEach(element -> strings.addAll(strings(element)));
		}
		return strings;
	}
}
