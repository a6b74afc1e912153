package org.gongkai.language.ide.quickfix;

import static org.gongkai.language.template.Vocabulary.APPLY;
import static org.gongkai.language.template.Vocabulary.CARRIED;
import static org.gongkai.language.template.Vocabulary.NEW;
import static org.gongkai.language.template.Vocabulary.NEXT;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Table;
import org.gongkai.language.ide.spelling.WritingLanguage;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableTemplate;

import com.google.inject.Inject;

/**
 * previous.carried: this year's 上年结转 becomes last year's 结转下年度, in the column the diagnostic names. The
 * number is replaced where it is written; else the cell is written into the column (after 本年新收), else the
 * column into the table, in the template's order.
 */
class CarriedFix {

	@Inject
	private Layout layout;

	Optional<QuickFix> of(Site site) {
		Optional<String> value = site.data(0);
		Optional<String> columnKeyword = site.data(1);
		Object at = site.element().orElse(null);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		String label = String.format("%s改为 %s，与上年报告的%s一致", CARRIED.alias(), value.get(), NEXT.alias());
		Optional<List<TextEdit>> edits = Optional.empty();
		if (at instanceof Cell cell) {
			edits = site.marked(cell, GongkaiPackage.Literals.CELL__VALUE).or(() -> site.marked(cell, GongkaiPackage.Literals.CELL__BLANK))
					.map(node -> List.of(new TextEdit(node.getOffset(), node.getLength(), value.get())));
		} else if (at instanceof Column column && site.marked(column, GongkaiPackage.Literals.COLUMN__KEY).isPresent()) {
			edits = Optional.of(List.of(intoColumn(site, column, value.get())));
		} else if (at instanceof Section section && section.getTable() != null && columnKeyword.isPresent()
				&& site.marked(section, GongkaiPackage.Literals.SECTION__PART).isPresent()) {
			edits = intoTable(site, section.getTable(), columnKeyword.get(), value.get());
		}
		return edits.map(e -> new QuickFix(label, e));
	}

	/** {@code carried N} after the column's 本年新收, else first. */
	private static TextEdit intoColumn(Site site, Column column, String value) {
		Optional<Cell> received = column.getCells().stream().filter(c -> c.getKey().getLiteral().equals(NEW.keyword())).findFirst();
		if (received.isPresent()) {
			int end = NodeModelUtils.getNode(received.get()).getEndOffset();
			return TextEdit.insert(end, comma(column, site.chineseAt(end)) + cell(site.chineseAt(end), value));
		}
		if (!column.getCells().isEmpty()) {
			int start = NodeModelUtils.getNode(column.getCells().get(0)).getOffset();
			return TextEdit.insert(start, cell(site.chineseAt(start), value) + comma(column, site.chineseAt(start)));
		}
		ILeafNode colon = nextToken(NodeModelUtils.findNodesForFeature(column, GongkaiPackage.Literals.COLUMN__KEY).get(0));
		boolean fullWidth = colon.getText().equals("：");
		return TextEdit.insert(colon.getEndOffset(), (fullWidth ? "" : " ") + cell(site.chineseAt(colon.getEndOffset()), value));
	}

	/** A new column {@code natural: carried N}, in the template's order of columns, laid out by the formatter. */
	private Optional<List<TextEdit>> intoTable(Site site, Table table, String columnKeyword, String value) {
		TableTemplate template = site.view().table(APPLY.keyword()).template();
		Optional<Item> column = template.column(columnKeyword);
		Optional<ILeafNode> close = Places.closing(table, ">");
		if (column.isEmpty() || close.isEmpty()) {
			return Optional.empty();
		}
		List<String> order = template.columns().stream().map(Item::keyword).toList();
		int at = Places.insertionPoint(site.text(), table.getColumns(), c -> order.indexOf(c.getKey().getLiteral()),
				order.indexOf(columnKeyword), close.get());
		boolean chinese = site.chineseAt(at);
		String source = WritingLanguage.spell(column.get().term(), chinese) + (chinese ? "：" : ": ") + cell(chinese, value);
		return Optional.of(layout.formatted(site, List.of(TextEdit.insert(at, Places.newLine(site, 2) + source)), table));
	}

	private static String cell(boolean chinese, String value) {
		return WritingLanguage.spell(CARRIED, chinese) + " " + value;
	}

	/** The column's own comma (with the space an ASCII comma takes), else the writer's. */
	private static String comma(Column column, boolean chinese) {
		for (ILeafNode leaf : NodeModelUtils.getNode(column).getLeafNodes()) {
			if (leaf.getText().equals(",")) {
				return ", ";
			}
			if (leaf.getText().equals("，")) {
				return "，";
			}
		}
		return chinese ? "，" : ", ";
	}

	private static ILeafNode nextToken(INode node) {
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getOffset() >= node.getEndOffset() && !leaf.isHidden()) {
				return leaf;
			}
		}
		throw new IllegalStateException("a column key is followed by its colon");
	}
}
