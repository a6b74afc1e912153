package org.gongkai.language.validation;

/** The rule codes of LANGUAGE.md §5, in one place. Quick fixes, `gongkai validate --format json` and tests use them. */
public interface IssueCodes {
	String APPLY_BALANCE = "apply.balance";
	String APPLY_TOTAL_ROW = "apply.total-row";
	String APPLY_TOTAL_COLUMN = "apply.total-column";
	String REVIEW_TOTAL = "review.total";
	String SYNTAX = "syntax";
	String HEADER_MISSING = "header.missing";
	String HEADER_DUPLICATE = "header.duplicate";
	String REPORT_DUPLICATE = "report.duplicate";
	String CELL_UNKNOWN = "cell.unknown";
	String CELL_DUPLICATE = "cell.duplicate";
	String CELL_NEGATIVE = "cell.negative";
	String CELL_FORMAT = "cell.format";
	String CELL_TYPE = "cell.type";
	String SECTION_MISSING = "section.missing";
	String SECTION_DUPLICATE = "section.duplicate";
	String OVERVIEW_TOPIC = "overview.topic";
	String TEXT_PLACEHOLDER = "text.placeholder";
	String TEXT_REFERENCE = "text.reference";
	String FORMAT_YEAR = "format.year";
	String ISSUED_MISSING = "issued.missing";
	String ISSUED_EARLY = "issued.early";
	String ISSUED_LATE = "issued.late";
	String PREVIOUS_UNRESOLVED = "previous.unresolved";
	String PREVIOUS_YEAR = "previous.year";
	String PREVIOUS_ORGAN = "previous.organ";
	String PREVIOUS_CARRIED = "previous.carried";
	String PREVIOUS_VALID = "previous.valid";
}
