package org.gongkai.language.ide.hover;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Inject;

/**
 * The hover on a table at an offset, for the language server and the Eclipse editor alike: the official label of a
 * column or field keyword and where it sits in the template; the value of a cell, and for a total the formula with
 * the numbers ({@link TableHovers}). Empty elsewhere.
 */
public class TableHoverTexts {

	@Inject
	private ReportViews views;

	public Optional<HoverText> at(XtextResource resource, int offset) {
		if (resource.getParseResult() == null || resource.getContents().isEmpty()) {
			return Optional.empty();
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		if (leaf == null || leaf.isHidden()) {
			return Optional.empty();
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		Report report = EcoreUtil2.getContainerOfType(element, Report.class);
		if (report == null) {
			return Optional.empty();
		}
		TableHovers hovers = new TableHovers(views.of(report));
		Optional<String> text = Optional.empty();
		INode node = null;
		if (element instanceof Column column && (node = within(column, GongkaiPackage.Literals.COLUMN__KEY, offset)) != null) {
			text = hovers.column(column);
		} else if (element instanceof Cell cell && (node = within(cell, GongkaiPackage.Literals.CELL__KEY, offset)) != null) {
			text = hovers.field(cell);
		} else if (element instanceof Cell cell && (node = valueNode(cell, offset)) != null) {
			text = hovers.value(cell);
		}
		INode found = node;
		return text.map(markdown -> new HoverText(markdown, found.getOffset(), found.getLength()));
	}

	private static INode valueNode(Cell cell, int offset) {
		INode value = within(cell, GongkaiPackage.Literals.CELL__VALUE, offset);
		return value != null ? value : within(cell, GongkaiPackage.Literals.CELL__BLANK, offset);
	}

	private static INode within(EObject element, EStructuralFeature feature, int offset) {
		for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
			if (node.getOffset() <= offset && offset <= node.getEndOffset()) {
				return node;
			}
		}
		return null;
	}
}
