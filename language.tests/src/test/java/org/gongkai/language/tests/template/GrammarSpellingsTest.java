package org.gongkai.language.tests.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.gongkai.CellKey;
import org.gongkai.language.gongkai.ColumnKey;
import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.gongkai.Level;
import org.gongkai.language.gongkai.Part;
import org.gongkai.language.gongkai.Scope;
import org.gongkai.language.gongkai.TopicKey;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.ReportScope;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.template.Term;
import org.gongkai.language.template.Vocabulary;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The grammar repeats the template model's spellings (Xtext fixes keywords in the .xtext file): every keyword,
 * alias and official label a writer may type is spelled the same in both, and one enum literal of the grammar
 * is exactly one term of the model.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class GrammarSpellingsTest {

	@Inject
	private IGrammarAccess grammarAccess;

	@Test
	void headerKeys() {
		assertEnumRule("HeaderKey", HeaderKey.values(), terms(Vocabulary.HEADER_KEYS));
	}

	@Test
	void levels() {
		Map<Term, Set<String>> model = new LinkedHashMap<>();
		for (OrganLevel level : OrganLevel.ALL) {
			spellings(model, level.term()).add(level.label());
		}
		assertEnumRule("Level", Level.values(), model);
	}

	@Test
	void scopes() {
		Map<Term, Set<String>> model = new LinkedHashMap<>();
		for (ReportScope scope : ReportScope.ALL) {
			spellings(model, scope.term()).add(scope.label());
		}
		assertEquals(Vocabulary.SCOPES, List.copyOf(model.keySet()), "the scopes' terms");
		assertEnumRule("Scope", Scope.values(), model);
	}

	@Test
	void parts() {
		Map<Term, Set<String>> model = terms(Vocabulary.PARTS);
		for (ReportFormat format : Formats.ALL) {
			for (PartTemplate part : format.parts()) {
				spellings(model, part.term()).add(part.heading());
			}
		}
		assertEnumRule("Part", Part.values(), model);
	}

	@Test
	void topics() {
		Map<Term, Set<String>> model = terms(Vocabulary.TOPICS);
		for (ReportFormat format : Formats.ALL) {
			for (PartTemplate part : format.parts()) {
				part.topics().forEach(topic -> spellings(model, topic.term()).add(topic.label()));
			}
		}
		assertEnumRule("TopicKey", TopicKey.values(), model);
	}

	@Test
	void columnKeys() {
		Map<Term, Set<String>> model = terms(Vocabulary.COLUMN_KEYS);
		tables().forEach(table -> table.columns().forEach(column -> spellings(model, column.term()).add(column.label())));
		assertEnumRule("ColumnKey", ColumnKey.values(), model);
	}

	@Test
	void cellKeys() {
		Map<Term, Set<String>> model = terms(Vocabulary.CELL_KEYS);
		tables().forEach(table -> table.rows().forEach(row -> spellings(model, row.term()).add(row.label())));
		assertEnumRule("CellKey", CellKey.values(), model);
	}

	@Test
	void reportKeyword() {
		assertKeywordRule("ReportKeyword", Vocabulary.REPORT);
	}

	@Test
	void sectionKeyword() {
		assertKeywordRule("SectionKeyword", Vocabulary.SECTION);
	}

	@Test
	void previousKeyword() {
		assertKeywordRule("PreviousKeyword", Vocabulary.PREVIOUS_REPORT);
	}

	/** A new enum rule needs its group here, else its spellings would go unchecked. */
	@Test
	void everyEnumRuleIsChecked() {
		assertEquals(Set.of("HeaderKey", "Level", "Scope", "Part", "TopicKey", "ColumnKey", "CellKey"),
				GrammarUtil.allEnumRules(grammarAccess.getGrammar()).stream().map(AbstractRule::getName)
						.collect(Collectors.toCollection(TreeSet::new)),
				"the enum rules of the grammar");
	}

	/**
	 * The rule's keywords are the group's spellings; each Java enum value's literal (the first keyword of its
	 * EEnumLiteral) is a keyword of the model; each EEnumLiteral spells exactly one term: all its spellings.
	 */
	private void assertEnumRule(String ruleName, Enumerator[] javaValues, Map<Term, Set<String>> model) {
		EnumRule rule = (EnumRule) rule(ruleName);
		assertSameSpellings(ruleName, keywords(rule), model.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));

		Set<String> modelKeywords = model.keySet().stream().map(Term::keyword).collect(Collectors.toSet());
		List<String> notKeywords = Arrays.stream(javaValues).map(Enumerator::getLiteral).filter(l -> !modelKeywords.contains(l))
				.toList();
		assertEquals(List.of(), notKeywords, ruleName + ": enum literals whose first spelling is no keyword of the model");

		Map<EEnumLiteral, Set<String>> byLiteral = new LinkedHashMap<>();
		for (EnumLiteralDeclaration declaration : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
			byLiteral.computeIfAbsent(declaration.getEnumLiteral(), k -> new LinkedHashSet<>()).add(declaration.getLiteral().getValue());
		}
		assertEquals(javaValues.length, byLiteral.size(), ruleName + ": EEnumLiterals declared vs Java enum values");
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<EEnumLiteral, Set<String>> literal : byLiteral.entrySet()) {
			Term term = model.keySet().stream().filter(t -> t.keyword().equals(literal.getKey().getLiteral())).findFirst().orElse(null);
			if (term == null) {
				wrong.add(literal.getKey().getName() + " (\"" + literal.getKey().getLiteral() + "\") is no term of the model");
			} else if (!literal.getValue().equals(model.get(term))) {
				wrong.add(literal.getKey().getName() + ": grammar " + literal.getValue() + " but term " + term.keyword() + " "
						+ model.get(term) + difference(literal.getValue(), model.get(term)));
			}
		}
		assertEquals(List.of(), wrong, ruleName + ": enum literals that do not spell exactly one term");
	}

	private void assertKeywordRule(String ruleName, Term term) {
		AbstractRule rule = rule(ruleName);
		assertTrue(rule instanceof ParserRule parserRule && GrammarUtil.isDatatypeRule(parserRule), ruleName + " is a datatype rule");
		assertSameSpellings(ruleName, keywords(rule), term.spellings().collect(Collectors.toSet()));
	}

	private static void assertSameSpellings(String ruleName, Set<String> grammar, Set<String> model) {
		if (!grammar.equals(model)) {
			fail(ruleName + ":" + difference(grammar, model));
		}
	}

	/** The spellings in one place but not the other, named. */
	private static String difference(Set<String> grammar, Set<String> model) {
		Set<String> onlyGrammar = new TreeSet<>(grammar);
		onlyGrammar.removeAll(model);
		Set<String> onlyModel = new TreeSet<>(model);
		onlyModel.removeAll(grammar);
		List<String> parts = new ArrayList<>();
		if (!onlyGrammar.isEmpty()) {
			parts.add("in the grammar, not the model: " + onlyGrammar);
		}
		if (!onlyModel.isEmpty()) {
			parts.add("in the model, not the grammar: " + onlyModel);
		}
		return " (" + String.join("; ", parts) + ")";
	}

	private AbstractRule rule(String name) {
		AbstractRule rule = GrammarUtil.findRuleForName(grammarAccess.getGrammar(), name);
		assertNotNull(rule, "no rule " + name + " in the grammar");
		return rule;
	}

	private static Set<String> keywords(AbstractRule rule) {
		return EcoreUtil2.getAllContentsOfType(rule, Keyword.class).stream().map(Keyword::getValue)
				.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Each term with its keyword and aliases, in the order declared. */
	private static Map<Term, Set<String>> terms(List<Term> terms) {
		Map<Term, Set<String>> model = new LinkedHashMap<>();
		terms.forEach(term -> spellings(model, term));
		return model;
	}

	private static Set<String> spellings(Map<Term, Set<String>> model, Term term) {
		return model.computeIfAbsent(term, t -> t.spellings().collect(Collectors.toCollection(LinkedHashSet::new)));
	}

	private static List<TableTemplate> tables() {
		return Formats.ALL.stream().flatMap(f -> f.parts().stream()).map(PartTemplate::table)
				.filter(t -> t != null).toList();
	}
}
