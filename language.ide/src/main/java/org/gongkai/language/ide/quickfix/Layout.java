package org.gongkai.language.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.gongkai.language.formatting2.FormattedText;

import com.google.inject.Inject;

/**
 * Lays inserted text out as the formatter does: the text with the edits applied is parsed on its own and the
 * formatter formats what was inserted and the line breaks around it — or the whole block it went into, where the
 * block's entries are aligned — with the file's own indentation; the rest of the file keeps its layout. The result is
 * one edit, from the first to the last changed character. A file that does not parse gets the edits as they are.
 */
class Layout {

	@Inject
	private FormattedText formatted;

	List<TextEdit> formatted(Site site, List<TextEdit> edits) {
		return formatted(site, edits, null);
	}

	/** @param block the block (aligned entries) the insertion goes into, formatted whole; null for the insertion only */
	List<TextEdit> formatted(Site site, List<TextEdit> edits, EObject block) {
		String text = site.text();
		if (site.syntaxErrors()) {
			return edits;
		}
		List<TextEdit> ascending = edits.stream().sorted(Comparator.comparingInt(TextEdit::offset)).toList();
		StringBuilder changed = new StringBuilder();
		List<ITextRegion> inserted = new ArrayList<>();
		int at = 0;
		for (TextEdit edit : ascending) {
			changed.append(text, at, edit.offset());
			if (!edit.replacement().isEmpty()) {
				inserted.add(withSpaceAround(changed.length(), edit.replacement().length(), changed, text, edit.endOffset()));
			}
			changed.append(edit.replacement());
			at = edit.endOffset();
		}
		changed.append(text.substring(at));
		if (block != null) {
			INode node = NodeModelUtils.getNode(block);
			int start = shifted(ascending, node.getOffset(), false);
			inserted.add(new TextRegion(start, shifted(ascending, node.getEndOffset(), true) - start));
		}
		return formatted.of(changed.toString(), inserted, Places.indentUnit(text, site.report()), FormattedText.lineSeparator(text))
				.map(result -> List.of(difference(text, result))).orElse(edits);
	}

	/** Where an offset of the text lies once the edits are made; {@code atEnd}: after what is inserted there. */
	private static int shifted(List<TextEdit> edits, int offset, boolean atEnd) {
		int shift = 0;
		for (TextEdit edit : edits) {
			if (edit.endOffset() < offset || edit.endOffset() == offset && (atEnd || edit.length() > 0)) {
				shift += edit.replacement().length() - edit.length();
			}
		}
		return offset + shift;
	}

	/** The inserted range widened over the spaces and line breaks on both sides, which the formatter lays out. */
	private static ITextRegion withSpaceAround(int offset, int length, CharSequence before, String text, int after) {
		int start = offset;
		while (start > 0 && Character.isWhitespace(before.charAt(start - 1))) {
			start--;
		}
		int trailing = 0;
		while (after + trailing < text.length() && Character.isWhitespace(text.charAt(after + trailing))) {
			trailing++;
		}
		return new TextRegion(start, offset - start + length + trailing);
	}

	/** The one edit that turns {@code before} into {@code after}: what lies between their common start and end. */
	private static TextEdit difference(String before, String after) {
		int start = 0;
		int max = Math.min(before.length(), after.length());
		while (start < max && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < max - start && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
			end++;
		}
		return new TextEdit(start, before.length() - end - start, after.substring(start, after.length() - end));
	}
}
