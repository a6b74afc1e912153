package org.gongkai.language.report;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Previous;
import org.gongkai.language.gongkai.Report;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Finds last year's report: the one {@code previous} names, else the one in the workspace with the same organ and year − 1. */
@Singleton
public class PreviousReports {

	/** What the lookup found; {@code named} is the {@code previous} entry when the report names one. */
	public record Lookup(Optional<Report> report, Optional<Previous> named) {
	}

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private IResourceScopeCache cache;

	public Lookup find(Report report) {
		if (report.eResource() == null) {
			return lookUp(report);
		}
		return cache.get(Tuples.create(PreviousReports.class, report), report.eResource(), () -> lookUp(report));
	}

	private Lookup lookUp(Report report) {
		if (!report.getPrevious().isEmpty()) {
			Previous previous = report.getPrevious().get(0);
			Report target = previous.getReport();
			return new Lookup(target == null || target.eIsProxy() ? Optional.empty() : Optional.of(target), Optional.of(previous));
		}
		Optional<QualifiedName> lastYear = ReportKeys.lastYear(report);
		if (lastYear.isEmpty() || report.eResource() == null) {
			return new Lookup(Optional.empty(), Optional.empty());
		}
		IResourceDescriptions descriptions = index.getResourceDescriptions(report.eResource());
		for (IEObjectDescription candidate : descriptions.getExportedObjects(GongkaiPackage.Literals.REPORT, lastYear.get(), false)) {
			EObject resolved = EcoreUtil.resolve(candidate.getEObjectOrProxy(), report);
			if (resolved instanceof Report found && !found.eIsProxy() && found != report) {
				return new Lookup(Optional.of(found), Optional.empty());
			}
		}
		return new Lookup(Optional.empty(), Optional.empty());
	}
}
