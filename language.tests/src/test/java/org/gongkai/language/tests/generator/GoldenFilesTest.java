package org.gongkai.language.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The five examples in every text format, compared with the documents checked in under
 * src/test/resources/golden/NAME.FORMAT. The output holds nothing volatile (no date of generation, no version), so
 * nothing is normalised. After a deliberate change, {@code -Dgolden.update=true} rewrites the files: read the diff.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class GoldenFilesTest {

	private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

	@Inject
	private Documents documents;

	@TestFactory
	Stream<DynamicTest> documentsAreAsCheckedIn() {
		return Stream.of("county-office-2023", "gongbujiangda-2023", "zeku-2023", "zequ-2022", "zezhou-2024")
				.flatMap(example -> Stream.of("html", "md", "json").map(format -> DynamicTest.dynamicTest(example + "." + format,
						() -> documentIsAsCheckedIn(example, format))));
	}

	private void documentIsAsCheckedIn(String example, String format) throws IOException {
		String rendered = documents.render(format, documents.example(example));
		Path golden = GOLDEN.resolve(example + "." + format);
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(GOLDEN);
			Files.writeString(golden, rendered);
		}
		assertEquals(Files.readString(golden), rendered, golden + " (rewrite with -Dgolden.update=true, then read the diff)");
	}
}
