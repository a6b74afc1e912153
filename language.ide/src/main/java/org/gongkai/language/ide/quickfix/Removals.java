package org.gongkai.language.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Deletions that take items out of a list (the cells of a column, the columns of a table) with what separates
 * them: an item and what follows it up to the next kept item, or, at the end, what precedes it from the last kept
 * item.
 */
final class Removals {

	private Removals() {
	}

	/** The deletions; empty when every item is dropped (the caller removes the whole list). */
	static Optional<List<TextEdit>> of(List<INode> items, boolean[] drop) {
		List<TextEdit> edits = new ArrayList<>();
		int kept = 0;
		for (int i = 0; i < items.size(); i++) {
			if (!drop[i]) {
				kept++;
				continue;
			}
			int j = i;
			while (j < items.size() && drop[j]) {
				j++;
			}
			if (j < items.size()) {
				edits.add(TextEdit.delete(items.get(i).getOffset(), items.get(j).getOffset()));
			} else if (i > 0) {
				edits.add(TextEdit.delete(items.get(i - 1).getEndOffset(), items.get(j - 1).getEndOffset()));
			}
			i = j - 1;
		}
		return kept == 0 && !items.isEmpty() ? Optional.empty() : Optional.of(edits);
	}

	/** Everything between the brackets of a block, which becomes {@code open close}. */
	static List<TextEdit> inside(EObject block, String open, String close) {
		ILeafNode start = null;
		ILeafNode end = null;
		for (ILeafNode leaf : NodeModelUtils.getNode(block).getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (start == null && leaf.getText().equals(open)) {
				start = leaf;
			}
			if (leaf.getText().equals(close)) {
				end = leaf;
			}
		}
		return start == null || end == null ? List.of() : List.of(new TextEdit(start.getEndOffset(), end.getOffset() - start.getEndOffset(), " "));
	}
}
