package org.gongkai.language.tally;

/** Where part 三 stands in a report's text ({@code length} 0 where the report has none yet) and the text to put there. */
public record ApplyReplacement(int offset, int length, String text) {

	public String applyTo(String report) {
		return report.substring(0, offset) + text + report.substring(offset + length);
	}
}
