package org.gongkai.language.tests.generator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportViews;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The Xtext generator writes every format of a report without errors, {@code NAME.EXT}, and nothing for one with errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class GongkaiGeneratorTest {

	@Inject
	private IGenerator2 generator;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private DocumentFormats formats;

	@Inject
	private ReportViews views;

	@Test
	void everyFormatOfAReportWithoutErrors() throws IOException {
		Resource resource = load("甲县-2023.gongkai", Reports.report().text());
		Map<String, byte[]> files = generate(resource);
		Set<String> expected = new TreeSet<>();
		formats.all().forEach(f -> expected.add(IFileSystemAccess.DEFAULT_OUTPUT + "甲县-2023." + f.name()));
		assertEquals(expected, new TreeSet<>(files.keySet()));
		for (DocumentFormat format : formats.all()) {
			byte[] rendered = format.render(views.of((Report) resource.getContents().get(0)));
			if (!"docx".equals(format.name())) {
				assertArrayEquals(rendered, files.get(IFileSystemAccess.DEFAULT_OUTPUT + "甲县-2023." + format.name()), format.name());
			}
		}
	}

	@Test
	void nothingForAReportWithErrors() throws IOException {
		assertEquals(Map.of(), generate(load("a.gongkai", Reports.report().apply("section apply < natural: new 3 >").text())));
		assertEquals(Map.of(), generate(load("b.gongkai", Reports.report().text().replace("year 2023", "year ？"))));
	}

	private Resource load(String name, String text) throws IOException {
		Resource resource = resourceSets.get().createResource(URI.createFileURI("/workspace/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(UTF_8)), null);
		return resource;
	}

	private Map<String, byte[]> generate(Resource resource) {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.doGenerate(resource, fsa, new GeneratorContext());
		assertEquals(Map.of(), fsa.getTextFiles());
		return fsa.getBinaryFiles();
	}
}
