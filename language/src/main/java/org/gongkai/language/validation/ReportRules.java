package org.gongkai.language.validation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.CellState;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.Item;

import com.google.inject.Inject;

/**
 * A group of rules composed into {@link GongkaiValidator}: reads the {@link ReportView} and puts each diagnostic
 * on the token that is wrong.
 */
abstract class ReportRules extends AbstractDeclarativeValidator {

	@Inject
	private ReportViews views;

	@Inject
	private TextScans scans;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into GongkaiValidator, which registers itself
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(GongkaiPackage.eINSTANCE);
	}

	/**
	 * The report's view, kept in the context of the validation run for the rules that follow (a rule on each cell asks
	 * for it): one run sees one version of the report, and the resource's cache is looked up once per report.
	 */
	protected ReportView view(Report report) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return views.of(report);
		}
		@SuppressWarnings("unchecked")
		Map<Report, ReportView> known = (Map<Report, ReportView>) context.computeIfAbsent(ReportRules.class,
				k -> new IdentityHashMap<Report, ReportView>());
		ReportView view = known.get(report);
		if (view == null) {
			view = views.of(report);
			known.put(report, view);
		}
		return view;
	}

	/** The report's texts as written, cut into sentences once for all text rules. */
	protected TextScan scan(Report report) {
		return scans.of(report);
	}

	/** The view of the report an object is in: reports are not nested, so the report is the root of its tree. */
	protected ReportView view(EObject inside) {
		return view(EcoreUtil.getRootContainer(inside) instanceof Report report ? report : null);
	}

	/** On the number of a written cell, else on the column that should hold it, else on the section, else the report. */
	protected void errorOnCell(TableView table, CellView cell, String message, String code, String... data) {
		mark(true, table, cell, message, code, data);
	}

	protected void warningOnCell(TableView table, CellView cell, String message, String code, String... data) {
		mark(false, table, cell, message, code, data);
	}

	/** On the key of the first column written with this keyword, else on the section, else the report's name. */
	protected void errorOnColumn(Report report, TableView table, Item column, String message, String code, String... data) {
		List<Column> written = table.written(column);
		if (!written.isEmpty()) {
			error(message, written.get(0), GongkaiPackage.Literals.COLUMN__KEY, code, data);
		} else if (table.section() != null) {
			error(message, table.section(), GongkaiPackage.Literals.SECTION__PART, code, data);
		} else {
			error(message, report, GongkaiPackage.Literals.REPORT__NAME, code, data);
		}
	}

	private void mark(boolean isError, TableView table, CellView cell, String message, String code, String... data) {
		EObject target;
		org.eclipse.emf.ecore.EStructuralFeature feature;
		if (cell.source() != null) {
			target = cell.source();
			feature = cell.state() == CellState.BLANK ? GongkaiPackage.Literals.CELL__BLANK : GongkaiPackage.Literals.CELL__VALUE;
		} else if (!table.written(cell.column()).isEmpty()) {
			target = table.written(cell.column()).get(0);
			feature = GongkaiPackage.Literals.COLUMN__KEY;
		} else if (table.section() != null) {
			target = table.section();
			feature = GongkaiPackage.Literals.SECTION__PART;
		} else {
			return;
		}
		if (isError) {
			error(message, target, feature, code, data);
		} else {
			warning(message, target, feature, code, data);
		}
	}
}
