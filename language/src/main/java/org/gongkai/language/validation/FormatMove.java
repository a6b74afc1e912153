package org.gongkai.language.validation;

import static org.gongkai.language.template.Vocabulary.ACTIVE;
import static org.gongkai.language.template.Vocabulary.CHANGE;
import static org.gongkai.language.template.Vocabulary.MADE;
import static org.gongkai.language.template.Vocabulary.PREVIOUS_COUNT;
import static org.gongkai.language.template.Vocabulary.PRODUCED;
import static org.gongkai.language.template.Vocabulary.PUBLIC_TOTAL;
import static org.gongkai.language.template.Vocabulary.VALID;

import java.util.Map;
import java.util.Set;

import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.Term;

/**
 * Moving a report's data to another format (the quick fix "move to format 2021"): a cell that has a place there
 * stays; part 二's 本年新制作/对外公开总数量 become 本年制发/现行有效; 上一年项目数量/本年增减 are dropped; any other cell
 * may be dropped only when it is 0, blank or unwritten, else the report cannot move.
 */
public final class FormatMove {

	/** What becomes of a written column or cell: it stays, it is written under another keyword, or it goes. */
	public record Move(Term renamedTo, boolean dropped) {
		static final Move KEEP = new Move(null, false);
		static final Move DROP = new Move(null, true);

		public boolean kept() {
			return renamedTo == null && !dropped;
		}
	}

	private static final Map<String, Term> RENAMED = Map.of(PRODUCED.keyword(), MADE, PUBLIC_TOTAL.keyword(), VALID);

	private static final Set<String> DROPPED = Set.of(PREVIOUS_COUNT.keyword(), CHANGE.keyword());

	static boolean canMove(ReportView view, ReportFormat target) {
		for (PartTemplate part : view.format().parts()) {
			if (part.kind() != PartKind.TABLE) {
				continue;
			}
			TableView table = view.table(part.keyword());
			for (CellView cell : table.cells()) {
				Move move = cell(part.keyword(), cell.column().keyword(), cell.row().keyword(), target);
				boolean carriedOver = move.renamedTo() != null || isDroppedAnyway(part.keyword(), cell.row().keyword());
				if (move.dropped() && !carriedOver && cell.value().signum() != 0) {
					return false;
				}
			}
		}
		return true;
	}

	/** A column (keyword before the colon) of a table part, in the target format. */
	public static Move column(String part, String column, ReportFormat target) {
		return CellPlacement.column(part, column, target) == CellPlacement.Verdict.FITS ? Move.KEEP : Move.DROP;
	}

	/** A cell (keyword inside a column) of a table part, in the target format. */
	public static Move cell(String part, String column, String row, ReportFormat target) {
		if (CellPlacement.cell(part, column, row, target) == CellPlacement.Verdict.FITS) {
			return Move.KEEP;
		}
		Term renamed = part.equals(ACTIVE.keyword()) ? RENAMED.get(row) : null;
		if (renamed != null && CellPlacement.cell(part, column, renamed.keyword(), target) == CellPlacement.Verdict.FITS) {
			return new Move(renamed, false);
		}
		return Move.DROP;
	}

	private static boolean isDroppedAnyway(String part, String row) {
		return part.equals(ACTIVE.keyword()) && DROPPED.contains(row);
	}

	private FormatMove() {
	}
}
