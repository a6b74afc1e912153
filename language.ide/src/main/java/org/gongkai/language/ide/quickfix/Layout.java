package org.gongkai.language.ide.quickfix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Lays inserted text out as the formatter does: the text with the edits applied is parsed on its own and the
 * formatter formats what was inserted and the line breaks around it — or the whole block it went into, where the
 * block's entries are aligned — with the file's own indentation; the rest of the file keeps its layout. The result is
 * one edit, from the first to the last changed character. A file that does not parse gets the edits as they are.
 */
class Layout {

	private static final URI SCRATCH = URI.createURI("quickfix:/layout.gongkai");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

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
		String result = format(changed.toString(), inserted, Places.indentUnit(text, site.report()), Places.lineSeparator(text));
		return result == null ? edits : List.of(difference(text, result));
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

	private String format(String text, List<ITextRegion> regions, String indent, String lineSeparator) {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceFactory.createResource(SCRATCH);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), resourceSet.getLoadOptions());
			if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
				return null;
			}
			FormatterRequest request = requests.get();
			request.setTextRegionAccess(regionAccess.get().forNodeModel(resource).create());
			request.setRegions(regions);
			request.setPreferences(new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(), indent,
					FormatterPreferenceKeys.lineSeparator.getId(), lineSeparator)));
			request.setExceptionHandler(ExceptionAcceptor.THROWING);
			List<ITextReplacement> replacements = new ArrayList<>(formatter.format(request));
			replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
			StringBuilder out = new StringBuilder(text);
			for (ITextReplacement replacement : replacements) {
				out.replace(replacement.getOffset(), replacement.getEndOffset(), replacement.getReplacementText());
			}
			return out.toString();
		} catch (IOException | RuntimeException e) {
			return null;
		} finally {
			resourceSet.getResources().clear();
		}
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
