package org.gongkai.language.generator;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's builders write no documents: a report is printed only when someone asks for it ({@code gongkai generate},
 * the language server's command, the workbench's download). Bound in the runtime module, not only in the language
 * server's: Xtext's builder asks the resource's own injector, and in a JVM where another part made the language with
 * the runtime module alone (the workbench's file list), the language server's resources come from that injector —
 * whose default, {@link IShouldGenerate.OnlyWithoutErrors}, wrote every clean report to {@code src-gen/}.
 */
public class NoGenerationOnBuild implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
