package org.gongkai.language.tests.generator;

import static org.gongkai.language.tests.Programs.delete;
import static org.gongkai.language.tests.Programs.onPath;
import static org.gongkai.language.tests.Programs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The docx as a reader opens it: LibreOffice converts it to PDF, poppler renders pages 1 and 2 to PNG under
 * target/docx/ for a person to look at. Needs {@code soffice} (Debian's libreoffice-writer) and {@code pdftoppm}
 * (poppler-utils), and a Chinese font (fonts-noto-cjk) for the text to show, standing in for the official fonts as
 * src/test/resources/docx/fonts.conf says; .ci/run installs them. Without them
 * the test is skipped, except on CI, where it fails.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class DocxInLibreOfficeTest {

	private static final String EXAMPLE = "gongbujiangda-2023";

	private static final Path OUT = Path.of("target", "docx");

	/** Free stand-ins for the official fonts, for LibreOffice to substitute with. */
	private static final Path FONTS = Path.of("src", "test", "resources", "docx", "fonts.conf");

	@Inject
	private Documents documents;

	@Inject
	private DocumentFormats formats;

	@Test
	void libreOfficeRendersTheDocument() throws IOException, InterruptedException {
		Optional<Path> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
		Optional<Path> pdftoppm = onPath("pdftoppm");
		Optional<Path> pdfinfo = onPath("pdfinfo");
		if (soffice.isEmpty() || pdftoppm.isEmpty() || pdfinfo.isEmpty()) {
			String missing = "needs soffice (apt-get install libreoffice-writer) and pdftoppm, pdfinfo (poppler-utils) on the PATH";
			String ci = System.getenv("CI");
			if (ci != null && !ci.isEmpty()) {
				fail("CI is set: " + missing);
			}
			assumeTrue(false, "skipped: " + missing);
		}
		Files.createDirectories(OUT);
		Path docx = OUT.resolve(EXAMPLE + ".docx");
		Path pdf = OUT.resolve(EXAMPLE + ".pdf");
		Files.deleteIfExists(pdf);
		Files.write(docx, formats.byName("docx").orElseThrow().render(documents.example(EXAMPLE)));

		Path profile = Files.createTempDirectory("gongkai-soffice");
		try {
			run(Map.of("FONTCONFIG_FILE", FONTS.toAbsolutePath().toString()), soffice.get().toString(),
					"-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir", OUT.toString(),
					docx.toString());
		} finally {
			delete(profile);
		}
		assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote no " + pdf);

		Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(run(pdfinfo.get().toString(), pdf.toString()));
		assertTrue(pages.find(), "pdfinfo gave no page count");
		assertTrue(Integer.parseInt(pages.group(1)) >= 2, "the report fits on one page: " + pages.group(1));

		try (Stream<Path> old = Files.list(OUT)) {
			for (Path png : old.filter(p -> p.getFileName().toString().endsWith(".png")).toList()) {
				Files.delete(png);
			}
		}
		run(pdftoppm.get().toString(), "-png", "-r", "80", "-f", "1", "-l", "2", pdf.toString(), OUT.resolve(EXAMPLE).toString());
		List<Path> images;
		try (Stream<Path> written = Files.list(OUT)) {
			images = written.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
		}
		assertEquals(2, images.size(), "pages 1 and 2 as PNG: " + images);
		for (Path image : images) {
			assertTrue(Files.size(image) > 0, image.toString());
			System.out.println("rendered " + image.toAbsolutePath());
		}
	}
}
