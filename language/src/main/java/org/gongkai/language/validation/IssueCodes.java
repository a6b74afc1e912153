package org.gongkai.language.validation;

/** The rule codes of LANGUAGE.md §5, in one place. Quick fixes, `gongkai validate --format json` and tests use them. */
public interface IssueCodes {
	String APPLY_BALANCE = "apply.balance";
	/** Data: the sum the written total should be. */
	String APPLY_TOTAL_ROW = "apply.total-row";
	/** Data: the sum the written total should be. */
	String APPLY_TOTAL_COLUMN = "apply.total-column";
	/** Data: the sum the written total should be. */
	String REVIEW_TOTAL = "review.total";
	String SYNTAX = "syntax";
	/** Data: the missing key. */
	String HEADER_MISSING = "header.missing";
	String HEADER_DUPLICATE = "header.duplicate";
	String REPORT_DUPLICATE = "report.duplicate";
	String CELL_UNKNOWN = "cell.unknown";
	String CELL_DUPLICATE = "cell.duplicate";
	String CELL_NEGATIVE = "cell.negative";
	String CELL_FORMAT = "cell.format";
	String CELL_TYPE = "cell.type";
	/** Data: the missing part's keyword. */
	String SECTION_MISSING = "section.missing";
	String SECTION_DUPLICATE = "section.duplicate";
	/** Data: the missing topic's keyword (none when part 一 is one text). */
	String OVERVIEW_TOPIC = "overview.topic";
	String TEXT_PLACEHOLDER = "text.placeholder";
	String TEXT_REFERENCE = "text.reference";
	/** Data: the path of the one cell the stated number should be (none when it is a sum of cells). */
	String TEXT_NUMBER = "text.number";
	String TEXT_CHARACTER = "text.character";
	/** Data: the id of the format to move to, only when the data fits it ({@link FormatMove}). */
	String FORMAT_YEAR = "format.year";
	String ISSUED_MISSING = "issued.missing";
	String ISSUED_EARLY = "issued.early";
	String ISSUED_LATE = "issued.late";
	String PREVIOUS_UNRESOLVED = "previous.unresolved";
	String PREVIOUS_YEAR = "previous.year";
	String PREVIOUS_ORGAN = "previous.organ";
	/** Data: last year's {@code next}, then the column's keyword. */
	String PREVIOUS_CARRIED = "previous.carried";
	/** Data: last year's {@code valid} + {@code made} − {@code repealed}. */
	String PREVIOUS_VALID = "previous.valid";
	String ACTIVE_RULES_AUTHORITY = "active.rules-authority";
	String TEXT_ASSESSMENT = "text.assessment";
	String OTHER_FEES = "other.fees";
	/** Data: the citation of the report's own format's notice. */
	String PREAMBLE_FORMAT = "preamble.format";
	String TEXT_REVIEW_CLAIM = "text.review-claim";
	String CELL_BLANK = "cell.blank";
}
