package org.gongkai.language.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Report;

import com.google.inject.Inject;

/** Rules across the workspace: report names are unique, since {@code previous "NAME"} refers to them. */
public class WorkspaceRules extends ReportRules {

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private IQualifiedNameConverter names;

	@Check
	public void reportDuplicate(Report report) {
		if (report.getName() == null || report.getName().isBlank() || report.eResource() == null) {
			return;
		}
		for (IEObjectDescription other : index.getResourceDescriptions(report.eResource())
				.getExportedObjects(GongkaiPackage.Literals.REPORT, names.toQualifiedName(report.getName()), false)) {
			if (!isOwn(other, report)) {
				error(String.format("报告名「%s」已被 %s 使用：工作区中每份报告的名字须唯一", report.getName(),
						other.getEObjectURI().trimFragment().lastSegment()), report, GongkaiPackage.Literals.REPORT__NAME,
						IssueCodes.REPORT_DUPLICATE);
				return;
			}
		}
	}

	/**
	 * Whether an entry of the index is this report itself: the report, or a proxy of its file, are told apart without
	 * making the entry's normalized URI (an interned URI for every report checked); other entries by that URI.
	 */
	private static boolean isOwn(IEObjectDescription entry, Report report) {
		EObject object = entry.getEObjectOrProxy();
		URI file = report.eResource().getURI();
		return object == report || object.eIsProxy() && file.equals(((InternalEObject) object).eProxyURI().trimFragment())
				|| entry.getEObjectURI().trimFragment().equals(file);
	}
}
