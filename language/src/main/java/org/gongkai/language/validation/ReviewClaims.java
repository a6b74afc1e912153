package org.gongkai.language.validation;

import static org.gongkai.language.template.Vocabulary.CORRECTED;
import static org.gongkai.language.template.Vocabulary.DIRECT_SUIT;
import static org.gongkai.language.template.Vocabulary.OTHER_RESULT;
import static org.gongkai.language.template.Vocabulary.PENDING;
import static org.gongkai.language.template.Vocabulary.RECONSIDERATION;
import static org.gongkai.language.template.Vocabulary.REVIEW;
import static org.gongkai.language.template.Vocabulary.SUIT_AFTER_REVIEW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.AssessorFacts;
import org.gongkai.language.template.Term;

/**
 * Sentences that say every review or lawsuit was upheld (均获维持, 无一被纠正 …) while part 四 prints 结果纠正, 其他结果 or
 * 尚未审结 above 0 in the column the sentence speaks of (rule text.review-claim, LANGUAGE.md §5). Only sentences about
 * this year's cases of the organ as a whole: not "代表" another body, not of 上年 or another year.
 */
final class ReviewClaims {

	/** A claim the table contradicts: where it is in the text's source, and what to tell. */
	record Claim(int offset, int length, String message) {
	}

	private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
	private static final List<Term> NOT_UPHELD = List.of(CORRECTED, OTHER_RESULT, PENDING);

	private ReviewClaims() {
	}

	static List<Claim> in(TextScan.Text text, ReportView view) {
		TableView review = view.table(REVIEW.keyword());
		if (review.section() == null || !review.isComplete()) {
			return List.of();
		}
		List<Claim> claims = new ArrayList<>();
		for (TextScan.Sentence sentence : text.sentences()) {
			TextScan.Found found = sentence.onBehalf() ? new TextScan.Found(-1, null)
					: TextScan.firstOf(sentence.source(), AssessorFacts.UPHELD_CLAIMS, sentence.start(), sentence.wholeEnd());
			if (found.at() < 0) {
				continue;
			}
			int at = found.at();
			String claimed = found.word();
			String whole = sentence.whole();
			if (AssessorFacts.OTHER_YEAR_WORDS.stream().anyMatch(whole::contains) || aboutAnotherYear(whole, view)) {
				continue;
			}
			List<String> printed = new ArrayList<>();
			if (AssessorFacts.RECONSIDERATION_WORDS.stream().anyMatch(whole::contains)) {
				notUpheld(review, RECONSIDERATION, printed);
			}
			if (AssessorFacts.LITIGATION_WORDS.stream().anyMatch(whole::contains)) {
				notUpheld(review, DIRECT_SUIT, printed);
				notUpheld(review, SUIT_AFTER_REVIEW, printed);
			}
			if (!printed.isEmpty()) {
				claims.add(new Claim(at, claimed.length(), String.format(
						"正文说“%s”，但第四部分的表格印的是 %s：正文与表格不符，请核对哪一处写错了", claimed, String.join("、", printed))));
			}
		}
		return claims;
	}

	/** The results other than 维持 above 0 in that column, as "行政复议·结果纠正 1". */
	private static void notUpheld(TableView review, Term column, List<String> printed) {
		for (Term result : NOT_UPHELD) {
			review.cell(column.keyword(), result.keyword()).filter(c -> c.value().compareTo(BigDecimal.ZERO) > 0)
					.ifPresent(c -> printed.add(c.column().label() + "·" + c.row().label() + " " + Numbers.plain(c.value())));
		}
	}

	private static boolean aboutAnotherYear(String sentence, ReportView view) {
		Matcher m = YEAR.matcher(sentence);
		while (m.find()) {
			if (view.year().filter(y -> y == Integer.parseInt(m.group(1))).isEmpty()) {
				return true;
			}
		}
		return false;
	}
}
