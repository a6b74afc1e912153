package org.gongkai.language.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.validation.IssueCodes;

/** apply.total-row, apply.total-column, review.total: the written total becomes the sum the rule computed. */
final class TotalFix {

	private TotalFix() {
	}

	static Optional<QuickFix> of(Site site) {
		Optional<String> sum = site.data(0);
		if (sum.isEmpty() || !(site.element().orElse(null) instanceof Cell cell)) {
			return Optional.empty();
		}
		Optional<INode> value = site.marked(cell, GongkaiPackage.Literals.CELL__VALUE)
				.or(() -> site.marked(cell, GongkaiPackage.Literals.CELL__BLANK));
		String of = IssueCodes.APPLY_TOTAL_COLUMN.equals(site.issue().getCode()) ? "各类申请人之和" : "各项之和";
		return value.map(node -> new QuickFix(String.format("改为 %s（%s）", sum.get(), of),
				List.of(new TextEdit(node.getOffset(), node.getLength(), sum.get()))));
	}
}
