package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.ide.input.HeaderScan;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The index a batch builds from tokens is the index the parser would give, name for name. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class HeaderScanTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private IQualifiedNameConverter names;

	@Test
	void realReportsIndexAlike() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path dir : List.of(Path.of("..", "examples"), Path.of("src", "test", "resources", "reports"))) {
			try (Stream<Path> list = Files.list(dir)) {
				list.filter(p -> p.toString().endsWith(".gongkai")).sorted().forEach(files::add);
			}
		}
		assertEquals(11, files.size());
		for (Path file : files) {
			assertIndexedAlike(Files.readString(file));
		}
	}

	@Test
	void oddHeadersIndexAlike() {
		assertIndexedAlike("报告 \"甲\" { 机关 \"甲县 人民政府 \" 年度 2023 部分 其他事项 \"无。\" }");
		assertIndexedAlike("report \"a.b\" { section apply < natural: new 1 > year 2022 /* organ \"no\" */ organ “乙县” year 2023 }");
		assertIndexedAlike("report \"x\" { previous \"y\" section overview { active \"organ\" } organ \"丙\" }");
		assertIndexedAlike("report \"z\" { year 2024 }");
	}

	@Test
	void unplainFilesAreLeftToTheParser() {
		assertTrue(HeaderScan.scan("report \"a\" { 机关 \"甲\" 数 年度 2023 }").isEmpty());
		assertTrue(HeaderScan.scan("report \"a\" { organ \"甲\" natrual: 3 }").isEmpty());
		assertTrue(HeaderScan.scan("report \"a\" { organ \"甲\" ").isEmpty());
		assertTrue(HeaderScan.scan("section apply < >").isEmpty());
	}

	/** The parser has built the header before it meets a mistake further down: the index holds what the header says. */
	@Test
	void mistakesAfterTheHeaderIndexAlike() {
		assertIndexedAlike("report \"a\" { organ \"甲\" year 2023 natrual: 3 }");
		assertIndexedAlike("report \"a\" { organ \"甲\" year 2023 ");
		assertIndexedAlike("报告 \"b\" { 年度 2024 机关 \"乙\" 部分 依申请公开 < 自然人：本年新收 一 > } }");
	}

	private void assertIndexedAlike(String text) {
		URI uri = URI.createFileURI("/workspace/r.gongkai");
		HeaderScan.Header header = HeaderScan.scan(text).orElseThrow(() -> new AssertionError("not scanned: " + text));
		assertEquals(exported(parsed(uri, text)), exported(IndexEntry.of(uri, header, names)), text);
	}

	private IResourceDescription parsed(URI uri, String text) {
		try {
			Resource resource = resourceSets.get().createResource(uri);
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
			return descriptions.getResourceDescription(resource);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> exported(IResourceDescription description) {
		List<String> result = new ArrayList<>();
		for (IEObjectDescription object : description.getExportedObjects()) {
			result.add(object.getName() + " → " + object.getEObjectURI() + " " + object.getEClass().getName());
		}
		return result;
	}
}
