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
				warning cell.blank @ licensing.decisions
				warning cell.blank @ other-services.decisions
				warning cell.blank @ punishment.decisions
				warning format.year""", places("zeku-2023"));
	}

	@Test
	void countyOffice2023() throws IOException {
		assertEquals("warning issued.missing", places("county-office-2023"));
	}

	@Test
	void gongbujiangda2023() throws IOException {
		// part 六 prints only 无。, nothing of the 信息处理费 charged
		assertEquals("warning other.fees", places("gongbujiangda-2023"));
	}

	@Test
	void zequ2022() throws IOException {
		assertEquals("""
				error apply.balance @ charity
				error apply.balance @ other-org
				error apply.balance @ total
				warning format.year
				warning issued.missing
				warning text.assessment""", places("zequ-2022"));
	}

	@Test
	void zezhou2024() throws IOException {
		assertEquals("""
				error apply.total-column @ total.not-held
				error apply.total-column @ total.other-handling
				error apply.total-column @ total.unclear
				error apply.total-row @ total.total
				warning preamble.format""", places("zezhou-2024"));
	}

	private String places(String example) throws IOException {
		return validation.validate(EXAMPLES.resolve(example + ".gongkai")).places();
	}
}
