package org.gongkai.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.importer.PublishedDocument.Block;
import org.gongkai.importer.PublishedDocument.Paragraph;
import org.gongkai.language.template.PartTemplate;

/**
 * Finds the six parts by their headings, in order: a paragraph numbered as the part is (二、 or 2、) whose words are
 * mostly the official heading's (reports shorten and reword them: 四、政府信息公开行政复议、行政诉讼情况).
 */
final class Parts {

	private static final String CHINESE_NUMERALS = "一二三四五六七八九十";
	private static final Pattern NUMBER = Pattern.compile("([" + CHINESE_NUMERALS + "]+|\\d+)[、.]");

	/** The block where each part's heading stands, -1 for a part not found; {@code starts[6]} is the end. */
	static int[] locate(List<Block> blocks, List<PartTemplate> parts) {
		int[] starts = new int[parts.size() + 1];
		int from = 0;
		for (int part = 0; part < parts.size(); part++) {
			starts[part] = -1;
			for (int at = from; at < blocks.size(); at++) {
				if (blocks.get(at) instanceof Paragraph paragraph && isHeading(paragraph.text(), part, parts.get(part))) {
					starts[part] = at;
					from = at + 1;
					break;
				}
			}
		}
		starts[parts.size()] = blocks.size();
		return starts;
	}

	/** The first block after part {@code part}'s heading, and the block where the next part found starts. */
	static int end(int[] starts, int part) {
		for (int next = part + 1; next < starts.length; next++) {
			if (starts[next] >= 0) {
				return starts[next];
			}
		}
		return starts[starts.length - 1];
	}

	private static boolean isHeading(String text, int index, PartTemplate part) {
		int first = 0;
		while (first < text.length() && (Character.isWhitespace(text.charAt(first)) || Character.isSpaceChar(text.charAt(first)))) {
			first++;
		}
		if (first == text.length() || text.length() - first > part.heading().length() * 3 + 10
				|| !Character.isDigit(text.charAt(first)) && CHINESE_NUMERALS.indexOf(text.charAt(first)) < 0) {
			return false;
		}
		String folded = Normal.folded(text);
		Matcher number = NUMBER.matcher(folded);
		// numbered as the template numbers the part (四、), or with its ordinal (4、)
		if (!number.lookingAt() || !(number.group(1).equals(part.number().replace("、", ""))
				|| number.group(1).equals(String.valueOf(index + 1)))) {
			return false;
		}
		String rest = Normal.key(folded.substring(number.end()));
		String heading = Normal.key(part.heading());
		return rest.length() <= heading.length() * 2 && Normal.common(rest, heading) * 10 >= heading.length() * 7;
	}

	private Parts() {
	}
}
