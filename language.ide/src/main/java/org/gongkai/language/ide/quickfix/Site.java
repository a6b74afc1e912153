package org.gongkai.language.ide.quickfix;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.ide.spelling.WritingLanguage;
import org.gongkai.language.report.ReportView;

/** The diagnostic to fix and what fixes read: the parsed report as the diagnostic saw it, its view, its text. */
record Site(Issue issue, Report report, ReportView view, ICompositeNode root, boolean syntaxErrors) {

	String text() {
		return root.getText();
	}

	/** The issue's data at {@code index}, or empty. */
	Optional<String> data(int index) {
		String[] data = issue.getData();
		return data == null || data.length <= index || data[index] == null ? Optional.empty() : Optional.of(data[index]);
	}

	/** The syntax element whose token the diagnostic sits on. */
	Optional<EObject> element() {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, issue.getOffset());
		return leaf == null ? Optional.empty() : Optional.ofNullable(NodeModelUtils.findActualSemanticObjectFor(leaf));
	}

	/** The node of {@code feature} of {@code owner} exactly where the diagnostic sits. */
	Optional<INode> marked(EObject owner, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(owner, feature).stream()
				.filter(n -> n.getOffset() == issue.getOffset() && n.getLength() == issue.getLength()).findFirst();
	}

	/** Whether keywords written at {@code offset} should be Chinese, as the writer writes before it. */
	boolean chineseAt(int offset) {
		return WritingLanguage.isChinese(root, offset);
	}
}
