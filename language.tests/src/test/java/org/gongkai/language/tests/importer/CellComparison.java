package org.gongkai.language.tests.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.CellState;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.report.TableView;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;

import com.google.inject.Injector;

/**
 * An imported report against its hand-checked transcription, cell by cell through their report views: every cell of
 * the transcription's tables must have the same value, the same blank-or-not and the same note, or be one the
 * importer said it left out; organ, year and format must be the same. Used by the tests and by {@code bench/import-accuracy}.
 */
public final class CellComparison {

	/**
	 * {@code cells} compared: {@code equal} of them right, {@code leftOut} not read (unwritten, and the importer said
	 * so), {@code wrong} written with another value or left unwritten unsaid; what differs, one line each.
	 */
	public record Result(int cells, int equal, int leftOut, int wrong, boolean organ, boolean year, boolean format,
			List<String> differences) {

		public boolean perfect() {
			return cells == equal && organ && year && format;
		}
	}

	private final Injector injector;
	private final ReportViews views;

	public CellComparison(Injector injector) {
		this.injector = injector;
		this.views = injector.getInstance(ReportViews.class);
	}

	/** The report view of a source text, parsed on its own. */
	public ReportView view(String source, String name) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/" + name + ".gongkai"));
		resource.load(new LazyStringInputStream(source, "UTF-8"), resourceSet.getLoadOptions());
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			throw new IOException(name + " does not parse");
		}
		return views.of(report);
	}

	public Result compare(ReportView expected, ReportView imported) {
		return compare(expected, imported, Set.of());
	}

	/** {@code unread}: the cells the importer said it could not read, by path ({@code apply.natural.new}). */
	public Result compare(ReportView expected, ReportView imported, Set<String> unread) {
		List<String> differences = new ArrayList<>();
		int cells = 0;
		int equal = 0;
		int leftOut = 0;
		int wrong = 0;
		boolean sameFormat = expected.format().id() == imported.format().id();
		for (PartTemplate part : expected.format().parts()) {
			if (part.kind() != PartKind.TABLE) {
				continue;
			}
			TableView mine = sameFormat ? imported.table(part.keyword()) : null;
			for (CellView cell : expected.table(part.keyword()).cells()) {
				cells++;
				CellView other = mine == null ? null : mine.cell(cell.column(), cell.row());
				String path = part.keyword() + "." + cell.path();
				if (mine != null && unread.contains(path)) {
					leftOut++;
				} else if (other != null && same(cell, other)) {
					equal++;
				} else {
					wrong++;
					differences.add(path + ": " + shown(cell) + " ≠ " + (other == null ? "—" : shown(other)));
				}
			}
		}
		boolean organ = expected.organ().equals(imported.organ());
		boolean year = expected.year().equals(imported.year());
		if (!organ) {
			differences.add("organ: " + expected.organ().orElse("") + " ≠ " + imported.organ().orElse(""));
		}
		if (!year) {
			differences.add("year: " + expected.year().orElse(null) + " ≠ " + imported.year().orElse(null));
		}
		if (!sameFormat) {
			differences.add("format: " + expected.format().id() + " ≠ " + imported.format().id());
		}
		return new Result(cells, equal, leftOut, wrong, organ, year, sameFormat, differences);
	}

	private static boolean same(CellView a, CellView b) {
		return a.value().compareTo(b.value()) == 0 && (a.state() == CellState.BLANK) == (b.state() == CellState.BLANK)
				&& Objects.equals(a.note(), b.note());
	}

	private static String shown(CellView cell) {
		return (cell.state() == CellState.BLANK ? "-" : cell.value().stripTrailingZeros().toPlainString())
				+ (cell.note() == null ? "" : "「" + cell.note() + "」");
	}

	/** The hand-checked transcriptions ({@code .gongkai}) of a folder, sorted. */
	public static List<Path> transcriptions(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".gongkai")).sorted().toList();
		}
	}
}
