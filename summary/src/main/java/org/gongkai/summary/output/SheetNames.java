package org.gongkai.summary.output;

/** A sheet name Excel and WPS accept: at most 31 characters, none of []:*?/\, not blank, not starting or ending with '. */
final class SheetNames {

	static final int LONGEST = 31;

	private SheetNames() {
	}

	static String safe(String name) {
		String cleaned = name.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip().replaceAll("^'+|'+$", "");
		if (cleaned.isEmpty()) {
			cleaned = "Sheet";
		}
		return cleaned.codePointCount(0, cleaned.length()) <= LONGEST ? cleaned
				: cleaned.substring(0, cleaned.offsetByCodePoints(0, LONGEST));
	}
}
