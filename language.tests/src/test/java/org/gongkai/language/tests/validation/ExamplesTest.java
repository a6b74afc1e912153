package org.gongkai.language.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The five seed reports, transcribed in examples/, give exactly the diagnostics TEMPLATE.md lists and no others. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class ExamplesTest {

	private static final Path EXAMPLES = Path.of("..", "examples");

	@Inject
	private Validation validation;

	@Test
	void zeku2023() throws IOException {
		assertEquals("""
				error apply.balance @ charity
				error apply.balance @ other-org
				error apply.balance @ total
				error review.total @ reconsideration.total
				warning format.year""", places("zeku-2023"));
	}

	@Test
	void countyOffice2023() throws IOException {
		assertEquals("warning issued.missing", places("county-office-2023"));
	}

	@Test
	void gongbujiangda2023() throws IOException {
		assertEquals("", places("gongbujiangda-2023"));
	}

	@Test
	void zequ2022() throws IOException {
		assertEquals("""
				error apply.balance @ charity
				error apply.balance @ other-org
				error apply.balance @ total
				warning format.year
				warning issued.missing""", places("zequ-2022"));
	}

	@Test
	void zezhou2024() throws IOException {
		assertEquals("""
				error apply.total-column @ total.not-held
				error apply.total-column @ total.other-handling
				error apply.total-column @ total.unclear
				error apply.total-row @ total.total""", places("zezhou-2024"));
	}

	private String places(String example) throws IOException {
		return validation.validate(EXAMPLES.resolve(example + ".gongkai")).places();
	}
}
