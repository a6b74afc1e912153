package org.gongkai.cli;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.template.CellPlaces;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;

import com.google.inject.Injector;

/**
 * Where a diagnostic of a published report sits in the official table, in the template's labels
 * ({@code 三（一）予以公开·自然人}, {@code 二·行政许可·处理决定数量}, {@code 四·行政复议·总计}); "" for the report as a whole.
 * The report's lines are those of the source it was imported into, which the user never saw.
 */
final class TablePlaces {

	private final ReportViews views;

	TablePlaces(Injector injector) {
		views = injector.getInstance(ReportViews.class);
	}

	String place(Resource resource, Issue issue) {
		URI uri = issue.getUriToProblem();
		if (uri == null || uri.fragment() == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report report)) {
			return "";
		}
		EObject object = resource.getEObject(uri.fragment());
		ReportView view = views.of(report);
		for (PartTemplate part : view.format().parts()) {
			if (part.kind() == PartKind.TABLE) {
				for (CellView cell : view.table(part.keyword()).cells()) {
					if (cell.source() != null && cell.source() == object) {
						return place(part, cell);
					}
					if (cell.source() != null && cell.source().eContainer() == object) {
						return part.number().replace("、", "") + "·" + cell.column().label();
					}
				}
			}
		}
		return "";
	}

	private static String place(PartTemplate part, CellView cell) {
		return CellPlaces.of(part, cell.column(), cell.row());
	}
}
