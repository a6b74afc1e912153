package org.gongkai.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.report.ReportKeys;

/** The given files grouped by organ, each group in year order: the order in which last year's report is at hand. */
final class OrganChains {

	static List<List<InputFile>> of(List<InputFile> files, ResourceDescriptionsData index) {
		Map<String, List<InputFile>> chains = new LinkedHashMap<>();
		Map<InputFile, Integer> years = new LinkedHashMap<>();
		for (InputFile file : files) {
			QualifiedName key = organYear(index.getResourceDescription(file.uri()));
			if (key == null) {
				chains.put("\u0000" + file.uri(), new ArrayList<>(List.of(file)));
				continue;
			}
			years.put(file, Integer.valueOf(key.getLastSegment()));
			chains.computeIfAbsent(key.getSegment(1), organ -> new ArrayList<>()).add(file);
		}
		List<List<InputFile>> result = new ArrayList<>();
		for (List<InputFile> chain : chains.values()) {
			chain.sort(Comparator.comparing(f -> years.getOrDefault(f, 0)));
			result.add(chain);
		}
		return result;
	}

	private static QualifiedName organYear(IResourceDescription description) {
		if (description == null) {
			return null;
		}
		for (IEObjectDescription exported : description.getExportedObjects()) {
			if (ReportKeys.isOrganYear(exported.getName())) {
				return exported.getName();
			}
		}
		return null;
	}

	private OrganChains() {
	}
}
