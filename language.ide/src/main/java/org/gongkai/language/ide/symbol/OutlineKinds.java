package org.gongkai.language.ide.symbol;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Topic;

/** The outline's icons: the report a file, a part a module, a topic a string, a table column a field. */
public class OutlineKinds extends DocumentSymbolKindProvider {

	@Override
	public SymbolKind getSymbolKind(EObject object) {
		if (object instanceof Report) {
			return SymbolKind.File;
		}
		if (object instanceof Section) {
			return SymbolKind.Module;
		}
		if (object instanceof Topic) {
			return SymbolKind.String;
		}
		if (object instanceof Column) {
			return SymbolKind.Field;
		}
		return super.getSymbolKind(object);
	}
}
