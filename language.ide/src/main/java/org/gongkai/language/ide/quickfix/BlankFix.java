package org.gongkai.language.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Table;

/** cell.blank: the blank {@code -} becomes 0, in this cell, or in every blank cell of its table. */
final class BlankFix {

	private BlankFix() {
	}

	static List<QuickFix> of(Site site) {
		if (!(site.element().orElse(null) instanceof Cell cell) || !cell.isBlank()
				|| site.marked(cell, GongkaiPackage.Literals.CELL__BLANK).isEmpty()) {
			return List.of();
		}
		List<QuickFix> fixes = new ArrayList<>();
		fixes.add(new QuickFix("改为 0", zeros(List.of(cell))));
		Table table = EcoreUtil2.getContainerOfType(cell, Table.class);
		List<Cell> blanks = table == null ? List.of()
				: EcoreUtil2.getAllContentsOfType(table, Cell.class).stream().filter(Cell::isBlank).toList();
		if (blanks.size() > 1) {
			fixes.add(new QuickFix("本表所有空白格改为 0（" + blanks.size() + " 处）", zeros(blanks)));
		}
		return fixes;
	}

	private static List<TextEdit> zeros(List<Cell> cells) {
		List<TextEdit> edits = new ArrayList<>();
		for (Cell cell : cells) {
			for (INode node : NodeModelUtils.findNodesForFeature(cell, GongkaiPackage.Literals.CELL__BLANK)) {
				edits.add(new TextEdit(node.getOffset(), node.getLength(), "0"));
			}
		}
		return edits;
	}
}
