package org.gongkai.language.report;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Topic;
import org.gongkai.language.template.Block;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableCells;
import org.gongkai.language.template.TableTemplate;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Builds the {@link ReportView} of a report once per version of its resource. */
@Singleton
public class ReportViews {

	@Inject
	private IResourceScopeCache cache;

	public ReportView of(Report report) {
		if (report.eResource() == null) {
			return build(report);
		}
		return cache.get(Tuples.create(ReportViews.class, report), report.eResource(), () -> build(report));
	}

	private ReportView build(Report report) {
		Map<HeaderKey, Header> headers = new EnumMap<>(HeaderKey.class);
		report.getHeaders().forEach(h -> headers.putIfAbsent(h.getKey(), h));
		ReportFormat format = Optional.ofNullable(headers.get(HeaderKey.FORMAT))
				.filter(h -> Written.has(h, GongkaiPackage.Literals.HEADER__NUMBER)).flatMap(h -> Formats.byId(h.getNumber()))
				.orElse(Formats.DEFAULT);
		Map<String, List<Section>> sections = new LinkedHashMap<>();
		for (Section section : report.getSections()) {
			sections.computeIfAbsent(section.getPart().getLiteral(), k -> new ArrayList<>()).add(section);
		}
		Map<String, TableView> tables = new LinkedHashMap<>();
		for (PartTemplate part : format.parts()) {
			if (part.kind() == PartKind.TABLE) {
				Section section = sections.getOrDefault(part.keyword(), List.of()).stream().filter(s -> s.getTable() != null)
						.findFirst().orElse(null);
				tables.put(part.keyword(), table(part.table(), section));
			}
		}
		CellPaths paths = new CellPaths(format, tables);
		Function<String, Optional<String>> resolver = path -> resolve(path, headers, paths);
		Map<String, TextView> texts = new LinkedHashMap<>();
		Optional.ofNullable(headers.get(HeaderKey.PREAMBLE)).filter(h -> h.getText() != null)
				.ifPresent(h -> texts.put("preamble", text(h.getText(), h, GongkaiPackage.Literals.HEADER__TEXT, resolver)));
		for (Section section : report.getSections()) {
			String part = section.getPart().getLiteral();
			if (section.getText() != null) {
				texts.putIfAbsent(part, text(section.getText(), section, GongkaiPackage.Literals.SECTION__TEXT, resolver));
			}
			if (section.getTopics() != null) {
				for (Topic topic : section.getTopics().getTopics()) {
					if (topic.getText() == null) {
						continue;
					}
					texts.putIfAbsent(part + "." + topic.getKey().getLiteral(),
							text(topic.getText(), topic, GongkaiPackage.Literals.TOPIC__TEXT, resolver));
				}
			}
		}
		return new ReportView(report, format, headers, sections, tables, texts, resolver);
	}

	private static Optional<String> resolve(String path, Map<HeaderKey, Header> headers, CellPaths paths) {
		Optional<HeaderKey> key = Optional.ofNullable(HeaderKey.get(path.strip()));
		if (key.filter(k -> k == HeaderKey.ORGAN || k == HeaderKey.YEAR).isPresent()) {
			Header header = headers.get(key.get());
			return header == null ? Optional.empty()
					: Optional.ofNullable(key.get() == HeaderKey.YEAR ? String.valueOf(header.getNumber()) : header.getText());
		}
		return paths.cell(path).map(CellView::printed).map(p -> p.isEmpty() ? "0" : p);
	}

	private static TextView text(String written, EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature,
			Function<String, Optional<String>> resolver) {
		return new TextView(written, new Paragraphs(written, resolver), owner, feature);
	}

	/**
	 * A text's paragraphs, worked out when first read: documents print them, the rules read what was written, so a
	 * check of a report no longer resolves and splits its texts.
	 */
	private static final class Paragraphs extends AbstractList<String> implements RandomAccess {

		private final String written;
		private final Function<String, Optional<String>> resolver;
		private volatile List<String> paragraphs;

		Paragraphs(String written, Function<String, Optional<String>> resolver) {
			this.written = written;
			this.resolver = resolver;
		}

		private List<String> paragraphs() {
			List<String> known = paragraphs;
			if (known == null) {
				known = List.copyOf(Texts.paragraphs(written, resolver));
				paragraphs = known;
			}
			return known;
		}

		@Override
		public String get(int index) {
			return paragraphs().get(index);
		}

		@Override
		public int size() {
			return paragraphs().size();
		}
	}

	private static TableView table(TableTemplate template, Section section) {
		TableCells slots = template.cells();
		Map<String, List<Column>> columns = new LinkedHashMap<>();
		Cell[] written = new Cell[slots.count()];
		boolean complete = true;
		if (section != null) {
			for (Column column : section.getTable().getColumns()) {
				String key = column.getKey().getLiteral();
				columns.computeIfAbsent(key, k -> new ArrayList<>()).add(column);
				for (Cell cell : column.getCells()) {
					if (!isComplete(cell)) {
						complete = false;
						continue;
					}
					// a cell the template does not have is never looked up: the rules report it
					int slot = slots.slot(key, cell.getKey().getLiteral());
					if (slot >= 0 && written[slot] == null) {
						written[slot] = cell;
					}
				}
			}
		}
		TableView view = new TableView(template, section, columns, complete);
		for (TableCells.BlockCells block : slots.blocks()) {
			List<Item> blockColumns = block.block().columns();
			List<Item> blockRows = block.block().rows();
			for (int c = 0; c < blockColumns.size(); c++) {
				for (int r = 0; r < blockRows.size(); r++) {
					int slot = block.slots()[c][r];
					Cell cell = written[slot];
					if (cell != null) {
						view.put(slot, writtenCell(blockColumns.get(c), blockRows.get(r), cell));
					} else if (!block.totals()[c][r]) {
						view.put(slot, new CellView(blockColumns.get(c), blockRows.get(r), BigDecimal.ZERO, CellState.DEFAULT, null, null, null));
					}
				}
			}
		}
		computeTotals(template, view);
		return view;
	}

	private static void computeTotals(TableTemplate template, TableView view) {
		Item totalColumn = template.totalColumn().orElse(null);
		for (TableCells.BlockCells cells : template.cells().blocks()) {
			Block block = cells.block();
			template.totalRow().filter(block.rows()::contains).ifPresent(totalRow -> {
				int r = block.rows().indexOf(totalRow);
				for (int c = 0; c < block.columns().size(); c++) {
					Item column = block.columns().get(c);
					int slot = cells.slots()[c][r];
					if (!column.equals(totalColumn) && view.at(slot) == null) {
						BigDecimal sum = BigDecimal.ZERO;
						for (Item term : cells.totalRowTerms()) {
							sum = sum.add(view.value(column, term));
						}
						view.put(slot, new CellView(column, totalRow, sum, CellState.COMPUTED, null, null, null));
					}
				}
			});
			template.totalColumn().filter(block.columns()::contains).ifPresent(total -> {
				int c = block.columns().indexOf(total);
				for (int r = 0; r < block.rows().size(); r++) {
					Item row = block.rows().get(r);
					int slot = cells.slots()[c][r];
					if (view.at(slot) == null) {
						BigDecimal sum = BigDecimal.ZERO;
						for (Item column : block.columns()) {
							if (!column.equals(total)) {
								sum = sum.add(view.value(column, row));
							}
						}
						view.put(slot, new CellView(total, row, sum, CellState.COMPUTED, null, null, null));
					}
				}
			});
		}
	}

	/** A cell whose value the writer has not typed yet (the parser recovered without it) is not in the table. */
	private static boolean isComplete(Cell cell) {
		return cell.isBlank() || cell.getValue() != null;
	}

	private static CellView writtenCell(Item column, Item row, Cell cell) {
		if (cell.isBlank()) {
			return new CellView(column, row, BigDecimal.ZERO, CellState.BLANK, "-", null, cell);
		}
		BigDecimal value = CellValues.parse(cell.getValue()).orElse(BigDecimal.ZERO);
		return new CellView(column, row, value, CellState.WRITTEN, cell.getValue(), cell.getNote(), cell);
	}
}
