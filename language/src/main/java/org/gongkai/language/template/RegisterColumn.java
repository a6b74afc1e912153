package org.gongkai.language.template;

import java.util.List;

/** A column of an office's register of applications (LANGUAGE.md §8): what it holds and the headers it goes by. */
public record RegisterColumn(String name, boolean required, List<String> headers) {

	public RegisterColumn {
		headers = List.copyOf(headers);
	}

	/** The header a new register prints. */
	public String header() {
		return headers.get(0);
	}
}
