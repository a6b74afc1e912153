package org.gongkai.language.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.ReportScope;

/**
 * One report as it means: header facts, every cell of every table for its format (written, defaulted or
 * computed) and its texts with references resolved. Rules, generators and editor services read this, never
 * the syntax tree, so they cannot disagree. Built by {@link ReportViews}.
 */
public final class ReportView {

	private final Report report;
	private final ReportFormat format;
	private final Map<HeaderKey, Header> headers;
	private final Map<String, List<Section>> sections;
	private final Map<String, TableView> tables;
	private final Map<String, TextView> texts;
	private final Function<String, Optional<String>> resolver;
	/** The year, once asked: most rules ask, and whether it is written is looked up in the node model. */
	private Optional<Integer> year;

	ReportView(Report report, ReportFormat format, Map<HeaderKey, Header> headers, Map<String, List<Section>> sections,
			Map<String, TableView> tables, Map<String, TextView> texts, Function<String, Optional<String>> resolver) {
		this.resolver = resolver;
		this.report = report;
		this.format = format;
		this.headers = headers;
		this.sections = sections;
		this.tables = tables;
		this.texts = texts;
	}

	public Report report() {
		return report;
	}

	public ReportFormat format() {
		return format;
	}

	/** The first header entry of this key, if written. */
	public Optional<Header> header(HeaderKey key) {
		return Optional.ofNullable(headers.get(key));
	}

	public Optional<String> organ() {
		return header(HeaderKey.ORGAN).map(Header::getText).map(String::strip);
	}

	public Optional<Integer> year() {
		Optional<Integer> known = year;
		if (known == null) {
			known = header(HeaderKey.YEAR).filter(h -> Written.has(h, GongkaiPackage.Literals.HEADER__NUMBER)).map(Header::getNumber);
			year = known;
		}
		return known;
	}

	public OrganLevel level() {
		return header(HeaderKey.LEVEL).filter(h -> Written.has(h, GongkaiPackage.Literals.HEADER__LEVEL))
				.flatMap(h -> OrganLevel.byKeyword(h.getLevel().getLiteral()))
				.orElseGet(() -> OrganLevel.fromOrganName(organ().orElse("")));
	}

	/** 本级 unless the report writes {@code scope area}. */
	public ReportScope scope() {
		return header(HeaderKey.SCOPE).filter(h -> Written.has(h, GongkaiPackage.Literals.HEADER__SCOPE))
				.flatMap(h -> ReportScope.byKeyword(h.getScope().getLiteral())).orElse(ReportScope.SELF);
	}

	/** 成文日期, when written and a real date. */
	public Optional<LocalDate> issued() {
		return header(HeaderKey.ISSUED).flatMap(h -> Dates.date(h.getDate()));
	}

	/** The day of the next year the report is due: the written {@code deadline}, else the level's legal one. */
	public Optional<MonthDay> deadline() {
		Optional<MonthDay> written = header(HeaderKey.DEADLINE).flatMap(h -> Dates.monthDay(h.getMonthDay()));
		return written.isPresent() ? written : level().legalDeadline();
	}

	public Optional<String> headerText(HeaderKey key) {
		return header(key).map(Header::getText).map(Texts::split).map(p -> String.join("\n", p));
	}

	/** The sections written for a part, in the order written (more than one is an error). */
	public List<Section> sections(PartTemplate part) {
		return sections.getOrDefault(part.keyword(), List.of());
	}

	/** The table of a table part; every cell 0 when the part is missing. */
	public TableView table(String partKeyword) {
		return tables.get(partKeyword);
	}

	/**
	 * A text: a part's keyword for parts written as one text ("problems", "other", or "overview" written as one),
	 * "overview.TOPIC" for a topic of part 一, "preamble" for the header's.
	 */
	public Optional<TextView> text(String where) {
		return Optional.ofNullable(texts.get(where));
	}

	public Map<String, TextView> texts() {
		return texts;
	}

	/** The printed value a {@code ${path}} stands for: a cell in any spelling, {@code organ} or {@code year}. */
	public Optional<String> resolve(String path) {
		return resolver.apply(path);
	}

	public boolean resolves(String path) {
		return resolve(path).isPresent();
	}
}
