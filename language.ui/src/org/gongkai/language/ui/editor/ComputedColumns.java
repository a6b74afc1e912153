package org.gongkai.language.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.CellState;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.ui.GongkaiLanguage;

/**
 * Where the report view computes cells: the keywords of the written columns that hold a computed cell (a total the
 * writer left out), for the editor's semantic colouring.
 */
final class ComputedColumns {

	static List<IRegion> in(String text) {
		XtextResource resource = GongkaiLanguage.parse(text);
		List<IRegion> regions = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return regions;
		}
		ReportView view = GongkaiLanguage.injector().getInstance(ReportViews.class).of(report);
		for (PartTemplate part : view.format().parts()) {
			if (part.table() == null) {
				continue;
			}
			TableView table = view.table(part.keyword());
			for (CellView cell : table.cells()) {
				if (cell.state() == CellState.COMPUTED) {
					for (Column column : table.written(cell.column())) {
						for (INode key : NodeModelUtils.findNodesForFeature(column, GongkaiPackage.Literals.COLUMN__KEY)) {
							regions.add(new Region(key.getOffset(), key.getLength()));
						}
					}
				}
			}
		}
		return regions.stream().distinct().toList();
	}

	private ComputedColumns() {
	}
}
