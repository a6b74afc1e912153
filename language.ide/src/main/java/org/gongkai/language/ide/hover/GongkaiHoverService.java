package org.gongkai.language.ide.hover;

import java.util.Optional;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportViews;

import com.google.inject.Inject;

/**
 * Hover on a table: the official label of a column or field keyword and where it sits in the template; the value
 * of a cell, and for a total cell the formula with the numbers. Other places: Xtext's hover (documentation).
 */
public class GongkaiHoverService extends HoverService {

	@Inject
	private ReportViews views;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		Optional<Hover> table = tableHover(document, resource, document.getOffSet(params.getPosition()));
		return table.orElseGet(() -> super.hover(document, resource, params, cancelIndicator));
	}

	private Optional<Hover> tableHover(Document document, XtextResource resource, int offset) {
		if (resource.getParseResult() == null || resource.getContents().isEmpty()) {
			return Optional.empty();
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		if (leaf == null || leaf.isHidden()) {
			return Optional.empty();
		}
		var element = NodeModelUtils.findActualSemanticObjectFor(leaf);
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
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Range range = new Range(document.getPosition(node.getOffset()), document.getPosition(node.getEndOffset()));
		return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.get()), range));
	}

	private static INode valueNode(Cell cell, int offset) {
		INode value = within(cell, GongkaiPackage.Literals.CELL__VALUE, offset);
		return value != null ? value : within(cell, GongkaiPackage.Literals.CELL__BLANK, offset);
	}

	private static INode within(org.eclipse.emf.ecore.EObject element, org.eclipse.emf.ecore.EStructuralFeature feature,
			int offset) {
		for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
			if (node.getOffset() <= offset && offset <= node.getEndOffset()) {
				return node;
			}
		}
		return null;
	}
}
