package org.gongkai.language.scoping;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.gongkai.language.gongkai.GongkaiPackage;

/**
 * An unresolved {@code previous} is no linking error: the validator reports it as the warning
 * {@code previous.unresolved} (last year's report may simply not be in the workspace).
 */
public class GongkaiLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (context.getReference() == GongkaiPackage.Literals.PREVIOUS__REPORT) {
			return null;
		}
		return super.getUnresolvedProxyMessage(context);
	}
}
