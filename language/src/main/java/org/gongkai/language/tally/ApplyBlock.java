package org.gongkai.language.tally;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.language.formatting2.DisplayWidth;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.template.Term;
import org.gongkai.language.template.Vocabulary;

/**
 * A tally as the report's text writes part 三: {@code section apply < … >}, one line per column with 本年新收, 上年结转,
 * the outcome rows that are not 0, 总计 and 结转下年度, aligned and wrapped as the formatter lays tables out. What the
 * writer added to the part it replaces is kept: the notes of cells (behind their new values) and comments (on top).
 */
public final class ApplyBlock {

	private static final String INDENT = "  ";
	private static final int WIDTH = 100;

	private ApplyBlock() {
	}

	/** The block, its first line at {@code indent}'s column (not indented itself), in English keywords or Chinese. */
	public static String text(Tally tally, boolean chinese, String indent) {
		return text(tally, chinese, indent, Kept.NOTHING);
	}

	/** The same, with the notes and comments of the part it replaces. */
	public static String text(Tally tally, boolean chinese, String indent, Kept kept) {
		TableTemplate table = tally.table();
		PartTemplate part = Formats.DEFAULT.part(Vocabulary.APPLY.keyword()).orElseThrow();
		StringBuilder out = new StringBuilder();
		out.append(word(Vocabulary.SECTION, chinese)).append(' ').append(word(part.term(), chinese)).append(" <\n");
		kept.comments().forEach(comment -> out.append(indent).append(INDENT).append(comment).append('\n'));
		int width = table.columns().stream().mapToInt(c -> DisplayWidth.of(word(c.term(), chinese) + ":") + 1).max().orElse(0);
		for (Item column : table.columns()) {
			String key = word(column.term(), chinese) + ":";
			String start = indent + INDENT + key + " ".repeat(width - DisplayWidth.of(key));
			out.append(start);
			int column0 = DisplayWidth.of(start);
			int at = column0;
			List<String> cells = cells(tally, column, chinese, kept);
			for (int i = 0; i < cells.size(); i++) {
				String cell = cells.get(i) + (i + 1 < cells.size() ? "," : "");
				if (i > 0 && at + 1 + DisplayWidth.of(cell) > WIDTH) {
					out.append('\n').append(" ".repeat(column0));
					at = column0;
				} else if (i > 0) {
					out.append(' ');
					at++;
				}
				out.append(cell);
				at += DisplayWidth.of(cell);
			}
			out.append('\n');
		}
		return out.append(indent).append('>').toString();
	}

	private static List<String> cells(Tally tally, Item column, boolean chinese, Kept kept) {
		TableTemplate table = tally.table();
		List<String> cells = new ArrayList<>();
		for (Item row : table.rowsOf(column)) {
			int count = tally.count(column, row);
			String note = kept.notes().get(Kept.key(column, row));
			if (count != 0 || !table.totalRowTerms().contains(row) || note != null) {
				cells.add(word(row.term(), chinese) + " " + count + (note == null ? "" : " " + note));
			}
		}
		return cells;
	}

	private static String word(Term term, boolean chinese) {
		return chinese ? term.alias() : term.keyword();
	}
}
