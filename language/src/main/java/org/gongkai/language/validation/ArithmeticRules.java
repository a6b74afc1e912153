package org.gongkai.language.validation;

import static org.gongkai.language.template.Vocabulary.APPLY;
import static org.gongkai.language.template.Vocabulary.CARRIED;
import static org.gongkai.language.template.Vocabulary.NEW;
import static org.gongkai.language.template.Vocabulary.NEXT;
import static org.gongkai.language.template.Vocabulary.REVIEW;
import static org.gongkai.language.template.Vocabulary.TOTAL;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.Block;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;

/**
 * The arithmetic the template implies (TEMPLATE.md): balances and totals of parts 三 and 四. Only written totals are
 * checked, and only in a table whose every cell has its number ({@link TableView#isComplete()}).
 */
public class ArithmeticRules extends ReportRules {

	@Check
	public void applyBalance(Report report) {
		TableView table = view(report).table(APPLY.keyword());
		if (!table.isComplete()) {
			return;
		}
		TableTemplate template = table.template();
		Item received = template.row(NEW.keyword()).orElseThrow();
		Item carried = template.row(CARRIED.keyword()).orElseThrow();
		Item handled = template.row(TOTAL.keyword()).orElseThrow();
		Item next = template.row(NEXT.keyword()).orElseThrow();
		for (Item column : template.columns()) {
			List<Item> rows = List.of(received, carried, handled, next);
			boolean anyWritten = rows.stream().anyMatch(r -> table.cell(column, r).state().isWritten());
			if (template.totalColumn().filter(column::equals).isPresent() && !anyWritten) {
				continue; // a computed total column balances whenever its columns do; each column is reported itself
			}
			BigDecimal in = table.value(column, received).add(table.value(column, carried));
			BigDecimal out = table.value(column, handled).add(table.value(column, next));
			if (in.compareTo(out) != 0) {
				errorOnColumn(report, table, column, String.format("勾稽关系不成立（%s）：%s %s + %s %s = %s，但办理结果%s %s + %s %s = %s",
						column.label(), received.term().alias(), Numbers.plain(table.value(column, received)),
						carried.term().alias(), Numbers.plain(table.value(column, carried)), Numbers.plain(in),
						handled.term().alias(), Numbers.plain(table.value(column, handled)), next.term().alias(),
						Numbers.plain(table.value(column, next)), Numbers.plain(out)), IssueCodes.APPLY_BALANCE);
			}
		}
	}

	@Check
	public void applyTotalRow(Report report) {
		checkTotalRow(view(report).table(APPLY.keyword()), IssueCodes.APPLY_TOTAL_ROW);
	}

	@Check
	public void reviewTotal(Report report) {
		checkTotalRow(view(report).table(REVIEW.keyword()), IssueCodes.REVIEW_TOTAL);
	}

	@Check
	public void applyTotalColumn(Report report) {
		TableView table = view(report).table(APPLY.keyword());
		if (!table.isComplete()) {
			return;
		}
		TableTemplate template = table.template();
		Item totalColumn = template.totalColumn().orElseThrow();
		for (Block block : template.blocks()) {
			List<Item> columns = block.columns().stream().filter(c -> !c.equals(totalColumn)).toList();
			for (Item row : block.rows()) {
				CellView written = table.cell(totalColumn, row);
				BigDecimal sum = Numbers.sumOfColumns(table, columns, row);
				if (written.state().isWritten() && written.value().compareTo(sum) != 0) {
					errorOnCell(table, written, String.format("总计列与各类申请人之和不符（%s）：总计写的是 %s，但%s",
							row.fullLabel(), written.printed().isEmpty() ? "空白" : written.printed(),
							Numbers.termsAcross(table, columns, row)), IssueCodes.APPLY_TOTAL_COLUMN, Numbers.plain(sum));
				}
			}
		}
	}

	private void checkTotalRow(TableView table, String code) {
		if (!table.isComplete()) {
			return;
		}
		TableTemplate template = table.template();
		Item totalRow = template.totalRow().orElseThrow();
		for (Item column : template.columns()) {
			CellView written = table.cell(column, totalRow);
			BigDecimal sum = Numbers.sum(table, column, template.totalRowTerms());
			if (written.state().isWritten() && written.value().compareTo(sum) != 0) {
				String terms = template.totalRowTerms().size() <= 4 ? Numbers.termsDown(table, column, template.totalRowTerms())
						: "各项办理结果相加为 " + Numbers.plain(sum);
				errorOnCell(table, written, String.format("%s与各项之和不符（%s）：写的是 %s，但%s", totalRow.fullLabel(),
						column.label(), written.printed().isEmpty() ? "空白" : written.printed(), terms), code, Numbers.plain(sum));
			}
		}
	}
}
