package org.gongkai.language.formatting2;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.Previous;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Table;
import org.gongkai.language.gongkai.Topic;
import org.gongkai.language.gongkai.Topics;
import org.gongkai.language.services.GongkaiGrammarAccess;

import com.google.inject.Inject;

/**
 * One entry per line, indented by braces and angle brackets; header values, topic texts and the first cells of a
 * table's columns aligned (in display columns, Chinese counting two). Spellings are kept as written.
 */
public class GongkaiFormatter extends AbstractJavaFormatter {

	@Inject
	private GongkaiGrammarAccess grammar;

	/**
	 * A text that does not parse is left as it is: the parser's recovered tree does not say where its missing pieces
	 * go (Xtext's formatter fails on it), and moving what a writer is typing would lose their place.
	 */
	@Override
	public boolean shouldFormat(Object object, IFormattableDocument document) {
		return !getTextRegionAccess().hasSyntaxError() && super.shouldFormat(object, document);
	}

	protected void format(Report report, IFormattableDocument doc) {
		doc.append(regionFor(report).ruleCall(grammar.getReportAccess().getReportKeywordParserRuleCall_0()), it -> it.oneSpace());
		doc.append(regionFor(report).feature(GongkaiPackage.Literals.REPORT__NAME), it -> it.oneSpace());
		block(report, "{", "}", doc);
		doc.append(regionFor(report).keyword("}"), it -> it.setNewLines(1));
		List<ISemanticRegion> keys = new java.util.ArrayList<>();
		report.getHeaders().forEach(h -> keys.add(regionFor(h).feature(GongkaiPackage.Literals.HEADER__KEY)));
		report.getPrevious().forEach(p -> keys.add(regionFor(p).ruleCall(grammar.getPreviousAccess().getPreviousKeywordParserRuleCall_0())));
		align(keys, doc);
		for (Header header : report.getHeaders()) {
			doc.append(header, it -> it.setNewLines(1, 1, 2));
		}
		for (Previous previous : report.getPrevious()) {
			doc.append(previous, it -> it.setNewLines(1, 1, 2));
		}
		for (Section section : report.getSections()) {
			doc.append(section, it -> it.setNewLines(1, 1, 2));
			doc.format(section);
		}
	}

	protected void format(Section section, IFormattableDocument doc) {
		doc.append(regionFor(section).ruleCall(grammar.getSectionAccess().getSectionKeywordParserRuleCall_0()), it -> it.oneSpace());
		doc.append(regionFor(section).feature(GongkaiPackage.Literals.SECTION__PART), it -> it.oneSpace());
		doc.format(section.getTable());
		doc.format(section.getTopics());
	}

	protected void format(Topics topics, IFormattableDocument doc) {
		block(topics, "{", "}", doc);
		align(topics.getTopics().stream().map(t -> regionFor(t).feature(GongkaiPackage.Literals.TOPIC__KEY)).toList(), doc);
		for (Topic topic : topics.getTopics()) {
			doc.append(topic, it -> it.setNewLines(1, 1, 2));
		}
	}

	protected void format(Table table, IFormattableDocument doc) {
		block(table, "<", ">", doc);
		List<ISemanticRegion> colons = table.getColumns().stream()
				.map(c -> regionFor(c).ruleCall(grammar.getColumnAccess().getColonParserRuleCall_1())).toList();
		for (ISemanticRegion colon : colons) {
			doc.prepend(colon, it -> it.noSpace());
		}
		alignAfter(table.getColumns(), c -> regionFor(c).ruleCall(grammar.getColumnAccess().getColonParserRuleCall_1()), doc);
		for (Column column : table.getColumns()) {
			doc.append(column, it -> it.setNewLines(1, 1, 2));
			doc.format(column);
		}
	}

	protected void format(Column column, IFormattableDocument doc) {
		ISemanticRegion last = textRegionExtensions.regionForEObject(column).getPreviousHiddenRegion() == null ? null
				: regionFor(column).ruleCallsTo(grammar.getCommaRule()).stream().reduce((a, b) -> b).orElse(null);
		boolean trailing = last != null && last.getEndOffset() == textRegionExtensions.regionForEObject(column).getEndOffset();
		for (ISemanticRegion comma : regionFor(column).ruleCallsTo(grammar.getCommaRule())) {
			doc.prepend(comma, it -> it.noSpace());
			if (trailing && comma == last) {
				continue;
			}
			if (comma.getText().equals(",")) {
				doc.append(comma, it -> it.oneSpace());
			} else {
				doc.append(comma, it -> it.noSpace());
			}
		}
		doc.prepend(regionFor(column).ruleCall(grammar.getColumnAccess().getSemicolonParserRuleCall_3()), it -> it.noSpace());
		for (Cell cell : column.getCells()) {
			doc.append(regionFor(cell).feature(GongkaiPackage.Literals.CELL__KEY), it -> it.oneSpace());
			if (cell.getNote() != null) {
				doc.append(regionFor(cell).feature(GongkaiPackage.Literals.CELL__VALUE), it -> it.oneSpace());
			}
		}
	}

	/** {@code open} … {@code close} with one entry per line inside, or {@code open close} when empty. */
	private void block(EObject owner, String open, String close, IFormattableDocument doc) {
		ISemanticRegion start = regionFor(owner).keyword(open);
		ISemanticRegion end = regionFor(owner).keyword(close);
		if (start == null || end == null) {
			return;
		}
		if (start.getNextSemanticRegion() == end) {
			doc.append(start, it -> it.oneSpace());
			return;
		}
		doc.append(start, it -> it.newLine());
		doc.interior(start, end, it -> it.indent());
	}

	/** Pads after each key so what follows starts in one display column. */
	private void align(List<ISemanticRegion> keys, IFormattableDocument doc) {
		int width = keys.stream().filter(k -> k != null).mapToInt(k -> DisplayWidth.of(k.getText())).max().orElse(0);
		for (ISemanticRegion key : keys) {
			if (key != null) {
				String pad = " ".repeat(width - DisplayWidth.of(key.getText()) + 1);
				doc.append(key, it -> it.setSpace(pad));
			}
		}
	}

	/**
	 * Pads after each column's colon so every column's first cell starts in one display column. An ASCII colon
	 * wants a space after it; a full-width one carries its own.
	 */
	private void alignAfter(List<Column> columns, Function<Column, ISemanticRegion> colon, IFormattableDocument doc) {
		Function<Column, Integer> written = c -> DisplayWidth.of(regionFor(c).feature(GongkaiPackage.Literals.COLUMN__KEY).getText()
				+ colon.apply(c).getText());
		Function<Column, Integer> wanted = c -> written.apply(c) + (colon.apply(c).getText().equals(":") ? 1 : 0);
		int width = columns.stream().filter(c -> !c.getCells().isEmpty()).mapToInt(wanted::apply).max().orElse(0);
		for (Column column : columns) {
			if (!column.getCells().isEmpty()) {
				String pad = " ".repeat(width - written.apply(column));
				doc.append(colon.apply(column), it -> it.setSpace(pad));
			}
		}
	}
}
