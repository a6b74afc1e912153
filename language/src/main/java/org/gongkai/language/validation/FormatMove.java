package org.gongkai.language.validation;

import static org.gongkai.language.template.Vocabulary.ACTIVE;
import static org.gongkai.language.template.Vocabulary.CHANGE;
import static org.gongkai.language.template.Vocabulary.PREVIOUS_COUNT;
import static org.gongkai.language.template.Vocabulary.PRODUCED;
import static org.gongkai.language.template.Vocabulary.PUBLIC_TOTAL;

import java.util.Set;

import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;

/**
 * Whether a report's data fits another format (the quick fix "move to format 2021"): every cell that has no place
 * there is 0, blank or unwritten — except part 二's 本年新制作/对外公开总数量, which become 本年制发/现行有效, and
 * 上一年项目数量/本年增减, which are dropped.
 */
final class FormatMove {

	private static final Set<String> CARRIED_OVER = Set.of(PRODUCED.keyword(), PUBLIC_TOTAL.keyword(),
			PREVIOUS_COUNT.keyword(), CHANGE.keyword());

	static boolean canMove(ReportView view, ReportFormat target) {
		for (PartTemplate part : view.format().parts()) {
			if (part.kind() != PartKind.TABLE) {
				continue;
			}
			TableView table = view.table(part.keyword());
			for (CellView cell : table.cells()) {
				boolean fits = CellPlacement.cell(part.keyword(), cell.column().keyword(), cell.row().keyword(), target)
						== CellPlacement.Verdict.FITS;
				boolean movable = part.keyword().equals(ACTIVE.keyword()) && CARRIED_OVER.contains(cell.row().keyword());
				if (!fits && !movable && cell.value().signum() != 0) {
					return false;
				}
			}
		}
		return true;
	}

	private FormatMove() {
	}
}
