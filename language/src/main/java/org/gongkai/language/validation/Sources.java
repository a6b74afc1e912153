package org.gongkai.language.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** What the writer typed for a feature, so messages quote the writer's own spelling. */
final class Sources {

	static String text(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? String.valueOf(object.eGet(feature)) : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private Sources() {
	}
}
