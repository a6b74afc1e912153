package org.gongkai.language.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * The quick fixes of the rules that have an obvious one (LANGUAGE.md §5): set a total to its computed value, insert
 * a missing part or overview topic, move a report to the format its year wants, set 上年结转 to last year's 结转下年度,
 * make a number a text states the {@code ${…}} of its cell, cite the report's own format's notice in the preamble, make a
 * blank cell 0 (or every blank cell of its table).
 * Each reads the data the validator attached to the diagnostic. Keywords are written in the writer's spelling,
 * inserted parts and topics laid out as the formatter would, texts to write as the placeholder. Independent of
 * editors: the language server and the Eclipse plug-in adapt the fixes.
 */
public class QuickFixes {

	@Inject
	private ReportViews views;

	@Inject
	private CarriedFix carried;

	@Inject
	private MissingSectionFix missingSection;

	@Inject
	private MissingTopicFix missingTopic;

	@Inject
	private FormatMoveFix formatMove;

	/**
	 * The fixes of one diagnostic of {@code resource}, as parsed when the diagnostic was made (its code, data, offset
	 * and length); none when the rule has no obvious fix or the text no longer fits it.
	 */
	public List<QuickFix> of(Issue issue, XtextResource resource) {
		if (issue.getCode() == null || resource.getParseResult() == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report report)) {
			return List.of();
		}
		Site site = new Site(issue, report, views.of(report), resource.getParseResult().getRootNode(),
				resource.getParseResult().hasSyntaxErrors());
		if (IssueCodes.CELL_BLANK.equals(issue.getCode())) {
			return BlankFix.of(site);
		}
		Optional<QuickFix> fix = switch (issue.getCode()) {
		case IssueCodes.APPLY_TOTAL_ROW, IssueCodes.APPLY_TOTAL_COLUMN, IssueCodes.REVIEW_TOTAL -> TotalFix.of(site);
		case IssueCodes.PREVIOUS_CARRIED -> carried.of(site);
		case IssueCodes.SECTION_MISSING -> missingSection.of(site);
		case IssueCodes.OVERVIEW_TOPIC -> missingTopic.of(site);
		case IssueCodes.FORMAT_YEAR -> formatMove.of(site);
		case IssueCodes.TEXT_NUMBER -> TextNumberFix.of(site);
		case IssueCodes.PREAMBLE_FORMAT -> PreambleFormatFix.of(site);
		default -> Optional.empty();
		};
		return fix.stream().toList();
	}
}
