package org.gongkai.language.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.importer.Importer;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.formatting.TwoSpaces;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** What the importer writes parses without errors and is laid out as the formatter lays it out, in both spellings. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class ImportedLayoutTest {

	@Inject
	private TwoSpaces formatter;

	@TestFactory
	Stream<DynamicTest> theFormatterLeavesItAsItIs() throws IOException {
		return ImportAccuracyTest.published().stream().flatMap(txt -> Stream.of(false, true).map(chinese -> DynamicTest
				.dynamicTest(txt.getFileName() + (chinese ? " --chinese" : ""), () -> {
					String source = Importer.importFile(txt, chinese).source();
					assertEquals(source, formatter.format(source));
				})));
	}
}
