package org.gongkai.summary.data;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gongkai.cli.CheckedReports;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.report.CellState;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.template.ReportScope;

/** Takes each checked report's figures while it is loaded (on the worker threads); nothing of the view is kept. */
public final class FiguresReader implements CheckedReports.Reader {

	private final List<ReportFigures> reports = Collections.synchronizedList(new ArrayList<>());

	@Override
	public void read(InputFile file, ReportView view) {
		reports.add(figures(file.display(), file.published(), view));
	}

	/** The reports read, in no particular order. */
	public List<ReportFigures> reports() {
		return reports;
	}

	/** The line an element starts on, 0 when there is none. */
	private static int line(EObject element) {
		INode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}

	public static ReportFigures figures(String file, boolean published, ReportView view) {
		CellIndex index = CellIndex.of(view.format());
		long[] values = new long[index.size()];
		BitSet blank = new BitSet(index.size());
		BitSet written = new BitSet(index.size());
		boolean area = view.scope().equals(ReportScope.AREA);
		int[] lines = area ? new int[index.size()] : null;
		for (Cell cell : index.cells()) {
			CellView seen = view.table(cell.part().keyword()).cell(cell.column(), cell.row());
			values[cell.slot()] = Amounts.stored(seen.value(), cell.isAmount());
			blank.set(cell.slot(), seen.state() == CellState.BLANK);
			written.set(cell.slot(), seen.state().isWritten());
			if (area) {
				lines[cell.slot()] = line(seen.source() != null ? seen.source() : view.table(cell.part().keyword()).section());
			}
		}
		return new ReportFigures(file, view.organ().orElse(""), view.year().orElse(0), view.level(), view.format(), view.scope(),
				view.issued().orElse(null), view.deadline().orElse(null), values, blank, written, lines, published);
	}
}
