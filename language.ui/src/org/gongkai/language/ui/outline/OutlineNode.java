package org.gongkai.language.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.gongkai.language.ide.symbol.OutlineNames;
import org.gongkai.language.ui.GongkaiLanguage;

/**
 * One entry of the outline: the report, its parts, the topics of part 一 and the columns of the tables, named as the
 * language server names them ({@link OutlineNames}); {@code offset} and {@code length} are the part of the text
 * to select for it.
 */
public record OutlineNode(String name, int offset, int length, List<OutlineNode> children) {

	/** The report's outline: its top entries. */
	public static List<OutlineNode> of(XtextResource resource) {
		OutlineNames names = GongkaiLanguage.injector().getInstance(OutlineNames.class);
		ILocationInFileProvider locations = GongkaiLanguage.injector().getInstance(ILocationInFileProvider.class);
		List<OutlineNode> nodes = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			collect(root, names, locations, nodes);
		}
		return nodes;
	}

	private static void collect(EObject object, OutlineNames names, ILocationInFileProvider locations, List<OutlineNode> into) {
		String name = names.getName(object);
		List<OutlineNode> children = name == null ? into : new ArrayList<>();
		for (EObject child : object.eContents()) {
			collect(child, names, locations, children);
		}
		if (name != null) {
			ITextRegion region = locations.getSignificantTextRegion(object);
			into.add(new OutlineNode(name, region.getOffset(), region.getLength(), children));
		}
	}
}
