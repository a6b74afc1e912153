package org.gongkai.language.tally;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as registers write it: 2023-01-05, 2023/1/5, 2023.1.5, 2023年1月5日, 20230105 (Excel's dates arrive as the first). */
final class RegisterDates {

	static final String EXAMPLES = "2023-01-05、2023/1/5、2023年1月5日 或 20230105";

	private static final List<Pattern> SHAPES = List.of(Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"),
			Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?"), Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"));

	private RegisterDates() {
	}

	static Optional<LocalDate> parse(String text) {
		String date = text.strip().split("[\\sT]", 2)[0];
		for (Pattern shape : SHAPES) {
			Matcher m = shape.matcher(date);
			if (m.matches()) {
				try {
					return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
				} catch (DateTimeException e) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}
}
