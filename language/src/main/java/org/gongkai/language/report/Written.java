package org.gongkai.language.report;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Whether the writer wrote a feature: EMF cannot tell an enum or number left at its default from one written so. */
public final class Written {

	public static boolean has(EObject object, EStructuralFeature feature) {
		if (NodeModelUtils.getNode(object) == null) {
			return object.eIsSet(feature);
		}
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}

	private Written() {
	}
}
