package org.gongkai.language.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server's builder writes no documents: it builds on every keystroke, and the writer asks for the
 * documents with the command {@link GenerateReportCommand#ID}.
 */
public class NoGenerationOnBuild implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
