package org.gongkai.language.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** What the writer typed for a feature, so messages quote the writer's own spelling. */
final class Sources {

	static String text(EObject object, EStructuralFeature feature) {
		INode node = node(object, feature);
		return node == null ? String.valueOf(object.eGet(feature)) : NodeModelUtils.getTokenText(node);
	}

	/**
	 * The first node written for the feature, or null. NodeModelUtils.findNodesForFeature walks every node below the
	 * object, the nodes of the objects it contains included: a column's key costs as much as its cells, so checking
	 * every column of a table with thousands of cells was quadratic. Here the walk skips contained objects and stops
	 * at the first match.
	 */
	static INode node(EObject object, EStructuralFeature feature) {
		ICompositeNode owner = NodeModelUtils.getNode(object);
		if (owner == null) {
			return null;
		}
		BidiTreeIterator<INode> nodes = owner.getAsTreeIterable().iterator();
		nodes.next();
		while (nodes.hasNext()) {
			INode node = nodes.next();
			Assignment assignment = GrammarUtil.containingAssignment(node.getGrammarElement());
			if (assignment != null && assignment.getFeature().equals(feature.getName())) {
				return node;
			}
			if (node instanceof ICompositeNode composite && composite.hasDirectSemanticElement()
					&& composite.getSemanticElement() != object) {
				nodes.prune();
			}
		}
		return null;
	}

	private Sources() {
	}
}
