package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** {@code ${…}} in a text prints the number it names, in every format; what names nothing prints as written. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class TextReferencesTest {

	private static final String REPORT = Reports.report()
			.apply("section apply < natural: new 3, granted 2, next 1 business: new 4, partial 4 >")
			.review("section review < direct-suit: upheld 1, pending - >")
			.problems("section problems \"收到${apply.new}件，自然人${ apply.natural.new }件，总计${apply.total}件；"
					+ "维持${review.direct-suit.upheld}件，未审结${review.direct-suit.pending}件；"
					+ "$${apply.new}照写；${apply.nothing}照写；${organ}${year}年；${apply.new 未闭合\"")
			.text();

	private static final String PRINTED = "收到7件，自然人3件，总计6件；维持1件，未审结0件；"
			+ "${apply.new}照写；${apply.nothing}照写；甲县人民政府2023年；${apply.new 未闭合";

	@Inject
	private Documents documents;

	@Test
	void htmlPrintsTheNumbers() {
		assertEquals(List.of(PRINTED), Jsoup.parse(documents.render("html", REPORT)).select("#problems p").eachText());
	}

	@Test
	void markdownPrintsTheNumbers() {
		String markdown = documents.render("md", REPORT);
		assertTrue(markdown.contains("\n" + PRINTED + "\n"), markdown);
		assertTrue(MarkdownEscapingTest.processed(markdown).select("p").eachText().contains(PRINTED));
	}
}
