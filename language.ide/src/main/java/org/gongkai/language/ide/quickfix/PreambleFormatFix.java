package org.gongkai.language.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.gongkai.language.template.AssessorFacts;

/** preamble.format: the preamble's citation of the other format's notice becomes the citation of the report's own. */
final class PreambleFormatFix {

	private PreambleFormatFix() {
	}

	static Optional<QuickFix> of(Site site) {
		int offset = site.issue().getOffset();
		int end = offset + site.issue().getLength();
		boolean stillACitation = end <= site.text().length()
				&& AssessorFacts.noticeCitations(site.text().substring(offset, end)).size() == 1;
		return site.data(0).filter(notice -> stillACitation).map(notice -> new QuickFix("改为引用 " + notice,
				List.of(new TextEdit(offset, site.issue().getLength(), notice))));
	}
}
