package org.gongkai.language.resource;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportKeys;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Tells the incremental builders (language server, Eclipse) which reports to check again when another changes.
 * A report reads other reports through the index, not through cross-references the linker would record: last
 * year's report by organ and year ({@link ReportKeys}), other reports of the same name (report.duplicate). Both
 * names are added to what the report imports. And a report depends on last year's numbers, which change without
 * any exported name changing: so a report is affected by every change to a report that exports a name it imports.
 */
@Singleton
public class GongkaiResourceDescriptionManager extends DefaultResourceDescriptionManager
		implements IResourceDescription.Manager.AllChangeAware {

	@Inject
	private IQualifiedNameConverter names;

	@Override
	protected IResourceDescription internalGetResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy) {
		return new DefaultResourceDescription(resource, strategy, getCache()) {
			@Override
			public Iterable<QualifiedName> getImportedNames() {
				Set<QualifiedName> imported = new LinkedHashSet<>();
				super.getImportedNames().forEach(imported::add);
				readThroughIndex(resource).forEach(name -> imported.add(name.toLowerCase()));
				return imported;
			}
		};
	}

	@Override
	public boolean isAffectedByAny(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return isAffected(deltas, candidate, context);
	}

	/** Any change counts, not only one of the exported names: the names then decide whether the candidate reads it. */
	@Override
	protected boolean hasChanges(IResourceDescription.Delta delta, IResourceDescription candidate) {
		return true;
	}

	/** The names under which the report looks other reports up in the index. */
	private Set<QualifiedName> readThroughIndex(Resource resource) {
		Set<QualifiedName> read = new LinkedHashSet<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return read;
		}
		if (report.getName() != null && !report.getName().isBlank()) {
			read.add(names.toQualifiedName(report.getName()));
		}
		ReportKeys.lastYear(report).ifPresent(read::add);
		return read;
	}
}
