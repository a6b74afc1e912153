package org.gongkai.language.ide.quickfix;

import java.util.List;
import java.util.Optional;

/** text.number: the number a text states becomes the {@code ${…}} of its cell, so it follows the table from then on. */
final class TextNumberFix {

	private TextNumberFix() {
	}

	static Optional<QuickFix> of(Site site) {
		int offset = site.issue().getOffset();
		int end = offset + site.issue().getLength();
		boolean stillANumber = end <= site.text().length() && site.text().substring(offset, end).chars().allMatch(Character::isDigit);
		return site.data(0).filter(path -> stillANumber && site.view().resolves(path)).map(path -> new QuickFix(
				String.format("改为 ${%s}（与表格一致，%s）", path, site.view().resolve(path).orElse("")),
				List.of(new TextEdit(offset, site.issue().getLength(), "${" + path + "}"))));
	}
}
