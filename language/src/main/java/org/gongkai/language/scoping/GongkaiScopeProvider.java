package org.gongkai.language.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.report.ReportKeys;

/** {@code previous "NAME"} sees the reports of the workspace by name only, not by their organ-and-year index key. */
public class GongkaiScopeProvider extends AbstractGongkaiScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope scope = super.getScope(context, reference);
		if (reference == GongkaiPackage.Literals.PREVIOUS__REPORT) {
			return new FilteringScope(scope, d -> !ReportKeys.isOrganYear(d.getName()));
		}
		return scope;
	}
}
