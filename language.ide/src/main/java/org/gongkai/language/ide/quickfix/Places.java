package org.gongkai.language.ide.quickfix;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gongkai.language.formatting2.FormattedText;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.template.Skeleton;

/** Where new text goes in a report, and the line layout it should follow (indentation, line breaks). */
final class Places {

	private Places() {
	}

	/**
	 * Where an element goes so that the official order holds among the elements written in a block: after the last
	 * one written that comes before it in the template, else before the first one that comes after it, else at the
	 * end of the block. The offset is the end of a token, moved past a comment on the same line.
	 *
	 * @param rank the element's place in the template (or -1 for elements that do not count)
	 * @param close the block's closing bracket
	 */
	static <T extends EObject> int insertionPoint(String text, List<T> written, ToIntFunction<T> rank, int newRank, INode close) {
		Optional<INode> earlier = written.stream().filter(e -> rank.applyAsInt(e) >= 0 && rank.applyAsInt(e) < newRank)
				.<INode>map(NodeModelUtils::getNode).max(Comparator.comparingInt(INode::getOffset));
		if (earlier.isPresent()) {
			return endOfLine(text, earlier.get().getEndOffset());
		}
		Optional<INode> later = written.stream().filter(e -> rank.applyAsInt(e) > newRank).<INode>map(NodeModelUtils::getNode)
				.min(Comparator.comparingInt(INode::getOffset));
		int before = later.map(INode::getOffset).orElse(close.getOffset());
		return endOfLine(text, tokenBefore(close.getRootNode(), before).getEndOffset());
	}

	/** The block's closing bracket: the last token of the element, when it is {@code bracket}. */
	static Optional<ILeafNode> closing(EObject block, String bracket) {
		INode node = NodeModelUtils.getNode(block);
		if (node == null) {
			return Optional.empty();
		}
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last != null && last.getText().equals(bracket) ? Optional.of(last) : Optional.empty();
	}

	/** Past spaces and a {@code //} comment that follow on the same line, to the line break (or the next token). */
	static int endOfLine(String text, int offset) {
		int at = offset;
		while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\u3000')) {
			at++;
		}
		if (text.startsWith("//", at)) {
			while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
				at++;
			}
			return at;
		}
		return at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r') ? at : offset;
	}

	/** One level of indentation as the file has it: what stands before the report's first entry on its line. */
	static String indentUnit(String text, Report report) {
		for (EObject entry : report.eContents()) {
			INode node = NodeModelUtils.getNode(entry);
			if (node == null) {
				continue;
			}
			int lineStart = node.getOffset();
			while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
				lineStart--;
			}
			String before = text.substring(lineStart, node.getOffset());
			if (!before.isEmpty() && before.isBlank()) {
				return before;
			}
		}
		return Skeleton.INDENT;
	}

	/** A line break and the indentation of {@code depth} levels (the report's entries are at depth 1). */
	static String newLine(Site site, int depth) {
		return FormattedText.lineSeparator(site.text()) + indentUnit(site.text(), site.report()).repeat(depth);
	}

	private static ILeafNode tokenBefore(INode root, int offset) {
		ILeafNode before = null;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.getOffset() >= offset) {
				break;
			}
			if (!leaf.isHidden()) {
				before = leaf;
			}
		}
		return before;
	}
}
