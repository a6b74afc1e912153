package org.gongkai.language.ui.editor;

import java.util.Optional;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.gongkai.language.ide.hover.HoverText;
import org.gongkai.language.ide.hover.TableHoverTexts;
import org.gongkai.language.ui.GongkaiLanguage;

/**
 * Hover on a table by the language server's texts (language.ide's {@link TableHoverTexts}): the official label of a
 * keyword and where it sits in the template, a cell's value, a total's formula with the numbers.
 */
public class GongkaiTextHover implements ITextHover {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return hover(viewer, offset).<IRegion>map(text -> new Region(text.offset(), text.length())).orElse(new Region(offset, 0));
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return hover(viewer, region.getOffset()).map(HoverText::plainText).orElse(null);
	}

	private static Optional<HoverText> hover(ITextViewer viewer, int offset) {
		return GongkaiLanguage.injector().getInstance(TableHoverTexts.class).at(GongkaiLanguage.parse(viewer.getDocument().get()), offset);
	}
}
