package org.gongkai.language.tally;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Part;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.report.CellView;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.template.CellPlaces;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.template.Vocabulary;

import com.google.inject.Inject;

/**
 * {@code gongkai tally} as a function (LANGUAGE.md §8): a register's sheet counted into part 三, printed as a block or
 * put in place of a report's part 三. The year is the one asked for, else the report's, else the only year in which
 * the register received applications. Any problem refuses the whole tally.
 */
public class RegisterTally {

	@Inject
	private IParser parser;

	@Inject
	private ReportViews views;

	/** The block of the register's part 三 for a year, in English keywords or Chinese. */
	public TallyResult block(RegisterSheet sheet, Integer year, boolean chinese) {
		List<TallyProblem> problems = new ArrayList<>(sheet.problems());
		Integer counted = year != null ? year : problems.isEmpty() ? onlyYear(sheet, problems) : null;
		ReportFormat format = counted == null ? Formats.DEFAULT
				: Formats.ALL.stream().filter(f -> f.isMeantFor(counted)).findFirst().orElse(Formats.DEFAULT);
		List<Application> applications = applications(sheet, format, problems);
		if (!problems.isEmpty()) {
			return TallyResult.refused(problems);
		}
		Tally tally = Tally.of(applications, counted, format.table(Vocabulary.APPLY.keyword()));
		return new TallyResult(List.of(), counted, ApplyBlock.text(tally, chinese, ""), null, List.of());
	}

	/** The report's part 三 replaced by the register's, in the keywords the report is written in. */
	public TallyResult into(RegisterSheet sheet, String reportText, Integer year) {
		List<TallyProblem> problems = new ArrayList<>(sheet.problems());
		IParseResult parsed = parser.parse(new StringReader(reportText));
		if (parsed.hasSyntaxErrors() || !(parsed.getRootASTElement() instanceof Report report)) {
			problems.add(new TallyProblem(0, "报告有语法错误，未填入；请先改正 gongkai validate 列出的错误"));
			return TallyResult.refused(problems);
		}
		ReportView before = views.of(report);
		Integer counted = year != null ? year : before.year().orElseGet(() -> problems.isEmpty() ? onlyYear(sheet, problems) : null);
		List<Application> applications = applications(sheet, before.format(), problems);
		if (!problems.isEmpty()) {
			return TallyResult.refused(problems);
		}
		Tally tally = Tally.of(applications, counted, before.format().table(Vocabulary.APPLY.keyword()));
		Section section = report.getSections().stream().filter(s -> s.getPart() == Part.APPLY).findFirst().orElse(null);
		String keyword = firstKeyword(section != null ? section : report);
		boolean chinese = keyword.equals(Vocabulary.SECTION.alias()) || keyword.equals(Vocabulary.REPORT.alias());
		ApplyReplacement written = section != null ? replacing(section, reportText, tally, chinese, kept(section, before))
				: inserting(report, reportText, tally, chinese);
		ApplyReplacement replacement = reportText.contains("\r\n")
				? new ApplyReplacement(written.offset(), written.length(), written.text().replace("\n", "\r\n"))
				: written;
		String after = replacement.applyTo(reportText);
		Report changed = (Report) parser.parse(new StringReader(after)).getRootASTElement();
		return new TallyResult(List.of(), counted, ApplyBlock.text(tally, chinese, ""), replacement,
				changes(before, views.of(changed)));
	}

	/** The register's entries read against the format's part 三; the rows whose words are not its, as problems. */
	private static List<Application> applications(RegisterSheet sheet, ReportFormat format, List<TallyProblem> problems) {
		return new RegisterWords(format.table(Vocabulary.APPLY.keyword())).applications(sheet.entries(), problems);
	}

	private static Integer onlyYear(RegisterSheet sheet, List<TallyProblem> problems) {
		TreeSet<Integer> years = new TreeSet<>();
		sheet.entries().forEach(e -> years.add(e.received().getYear()));
		if (years.size() == 1) {
			return years.first();
		}
		problems.add(new TallyProblem(0, years.isEmpty() ? "台账中没有申请，不知道是哪一年度；请指明年度（--year）"
				: "台账中有 " + years.stream().map(String::valueOf).collect(Collectors.joining("、")) + " 年收到的申请；请指明年度（--year）"));
		return null;
	}

	private static ApplyReplacement replacing(Section section, String text, Tally tally, boolean chinese, Kept kept) {
		ICompositeNode node = NodeModelUtils.getNode(section);
		int offset = node.getOffset();
		return new ApplyReplacement(offset, node.getEndOffset() - offset, ApplyBlock.text(tally, chinese, indentAt(text, offset), kept));
	}

	/** The notes of part 三's cells and the comments inside it, as written. */
	private static Kept kept(Section section, ReportView view) {
		Map<String, String> notes = new HashMap<>();
		for (CellView cell : view.table(Vocabulary.APPLY.keyword()).cells()) {
			if (cell.note() != null && cell.source() != null) {
				String note = NodeModelUtils.findNodesForFeature(cell.source(), GongkaiPackage.Literals.CELL__NOTE).stream()
						.map(n -> n.getText().strip()).collect(Collectors.joining());
				notes.put(cell.path(), note);
			}
		}
		ICompositeNode node = NodeModelUtils.getNode(section);
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden() && leaf.getOffset() >= node.getOffset() && leaf.getGrammarElement() instanceof TerminalRule rule
					&& rule.getName().endsWith("COMMENT")) {
				comments.add(leaf.getText().strip());
			}
		}
		return new Kept(notes, comments);
	}

	/** A report without part 三 gets it before its closing brace, indented as its first section. */
	private static ApplyReplacement inserting(Report report, String text, Tally tally, boolean chinese) {
		ICompositeNode node = NodeModelUtils.getNode(report);
		int brace = text.lastIndexOf('}', node.getEndOffset() - 1);
		String indent = report.getSections().isEmpty() ? "  " : indentAt(text, NodeModelUtils.getNode(report.getSections().get(0)).getOffset());
		int lineStart = text.lastIndexOf('\n', brace - 1) + 1;
		boolean braceOnOwnLine = text.substring(lineStart, brace).isBlank();
		int offset = braceOnOwnLine ? lineStart : brace;
		String lead = braceOnOwnLine ? "" : "\n";
		return new ApplyReplacement(offset, 0, lead + indent + ApplyBlock.text(tally, chinese, indent) + "\n");
	}

	private static String indentAt(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		String before = text.substring(lineStart, offset);
		return before.isBlank() ? before : "";
	}

	private static String firstKeyword(org.eclipse.emf.ecore.EObject object) {
		for (ILeafNode leaf : NodeModelUtils.getNode(object).getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getText();
			}
		}
		return "";
	}

	private static List<CellChange> changes(ReportView before, ReportView after) {
		PartTemplate part = before.format().part(Vocabulary.APPLY.keyword()).orElseThrow();
		List<CellChange> changes = new ArrayList<>();
		TableTemplate table = part.table();
		for (Item column : table.columns()) {
			for (Item row : table.rowsOf(column)) {
				String was = before.table(Vocabulary.APPLY.keyword()).value(column, row).toPlainString();
				String is = after.table(Vocabulary.APPLY.keyword()).value(column, row).toPlainString();
				if (!Objects.equals(was, is)) {
					changes.add(new CellChange(CellPlaces.of(part, column, row), was, is));
				}
			}
		}
		return changes;
	}
}
