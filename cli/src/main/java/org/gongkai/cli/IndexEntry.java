package org.gongkai.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.impl.EObjectDescriptionLookUp;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.ide.input.HeaderScan;
import org.gongkai.language.report.ReportKeys;

/**
 * The exported names of one report (with their user data), copied so that the parsed resource can be
 * dropped; shared read-only by all worker threads. Unlike SerializableResourceDescription.createCopy it
 * does not compute reference descriptions, which would link the report before the index exists.
 */
final class IndexEntry extends AbstractResourceDescription {

	private final URI uri;
	private final List<IEObjectDescription> exported;

	private IndexEntry(URI uri, List<IEObjectDescription> exported) {
		this.uri = uri;
		this.exported = Collections.unmodifiableList(exported);
		this.lookup = new EObjectDescriptionLookUp(this.exported);
	}

	static IndexEntry copyOf(IResourceDescription description) {
		List<IEObjectDescription> exported = new ArrayList<>();
		for (IEObjectDescription object : description.getExportedObjects()) {
			EObject proxy = EcoreUtil.create(object.getEClass());
			((InternalEObject) proxy).eSetProxyURI(object.getEObjectURI());
			Map<String, String> userData = new HashMap<>();
			for (String key : object.getUserDataKeys()) {
				userData.put(key, object.getUserData(key));
			}
			exported.add(EObjectDescription.create(object.getName(), proxy, userData));
		}
		return new IndexEntry(description.getURI(), exported);
	}

	/**
	 * What the index holds for a report read by {@link HeaderScan}: the same names, in the same order, as
	 * GongkaiResourceDescriptionStrategy gives for the parsed report (its name; its organ and year).
	 */
	static IndexEntry of(URI uri, HeaderScan.Header header, IQualifiedNameConverter names) {
		EObject proxy = EcoreUtil.create(GongkaiPackage.Literals.REPORT);
		((InternalEObject) proxy).eSetProxyURI(uri.appendFragment("/"));
		List<IEObjectDescription> exported = new ArrayList<>();
		exported.add(EObjectDescription.create(names.toQualifiedName(header.name()), proxy));
		if (header.organ() != null && header.year() != null) {
			exported.add(EObjectDescription.create(ReportKeys.organYear(header.organ(), header.year()), proxy));
		}
		return new IndexEntry(uri, exported);
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		return exported;
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return Collections.emptyList();
	}

	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return Collections.emptyList();
	}

	@Override
	public URI getURI() {
		return uri;
	}
}
