package org.gongkai.language.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportKeys;
import org.gongkai.language.report.Written;

/** Puts a report into the index under its name and under its organ and year (see {@link ReportKeys}). */
public class GongkaiResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (!(object instanceof Report report)) {
			return false;
		}
		super.createEObjectDescriptions(report, acceptor);
		String organ = null;
		Integer year = null;
		for (Header header : report.getHeaders()) {
			if (header.getKey() == HeaderKey.ORGAN && organ == null && header.getText() != null) {
				organ = header.getText().strip();
			} else if (header.getKey() == HeaderKey.YEAR && year == null && Written.has(header, GongkaiPackage.Literals.HEADER__NUMBER)) {
				year = header.getNumber();
			}
		}
		if (organ != null && year != null) {
			acceptor.accept(EObjectDescription.create(ReportKeys.organYear(organ, year), report));
		}
		return false;
	}
}
