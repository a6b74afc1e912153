package org.gongkai.language.tests.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Skeleton;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.formatting.TwoSpaces;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The source {@code gongkai new} writes: complete, with warnings only, and laid out as the formatter lays it out. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class SkeletonTest {

	@Inject
	private Validation validation;

	@Inject
	private TwoSpaces formatter;

	@Test
	void format2021WarnsOfItsPlaceholdersAndTheMissingDateOnly() {
		String text = Skeleton.of("甲县人民政府", 2024, Formats.FORMAT_2021, OrganLevel.GOVERNMENT);
		assertEquals("warning issued.missing\n" + "warning text.placeholder\n".repeat(7).strip(),
				validation.validate(text).places(), text);
	}

	@Test
	void format2019HasOneOverviewText() {
		String text = Skeleton.of("甲县发展和改革局", 2020, Formats.FORMAT_2019, OrganLevel.DEPARTMENT);
		assertTrue(text.contains("section overview \"〔待填写〕\""), text);
		assertEquals("warning issued.missing\n" + "warning text.placeholder\n".repeat(3).strip(),
				validation.validate(text).places(), text);
	}

	@Test
	void townshipGetsADeadlineComment() {
		String text = Skeleton.of("乙镇人民政府", 2024, Formats.FORMAT_2021, OrganLevel.TOWNSHIP);
		assertTrue(text.contains("// deadline"), text);
		assertTrue(text.contains("level  township"), text);
	}

	@Test
	void quotesInTheOrganAreEscaped() {
		String text = Skeleton.of("甲\"县\\人民政府", 2024, Formats.FORMAT_2021, OrganLevel.GOVERNMENT);
		assertTrue(validation.validate(text).places().lines().allMatch(line -> line.startsWith("warning")), text);
	}

	@Test
	void theFormatterLeavesItAsItIs() throws Exception {
		for (String text : List.of(Skeleton.of("甲县人民政府", 2024, Formats.FORMAT_2021, OrganLevel.GOVERNMENT),
				Skeleton.of("乙镇人民政府", 2019, Formats.FORMAT_2019, OrganLevel.TOWNSHIP))) {
			assertEquals(text, formatter.format(text));
		}
	}
}
