package org.gongkai.language.tests.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tally.RegisterSheet;
import org.gongkai.language.tally.RegisterTally;
import org.gongkai.language.tally.RegisterUnreadable;
import org.gongkai.language.tally.TallyResult;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The tally as a language server's command would call it: a register's bytes as the editor sent them and the open
 * report's text in, the range of part 三 and its new text out, the same edit the command line makes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class RegisterTallyTest {

	@Inject
	private RegisterTally tally;

	@TempDir
	Path dir;

	@Test
	void theEditOfTheOpenReportIsWhatTheCommandLineWrites() throws IOException, RegisterUnreadable {
		Path register = new RegisterFile().addAll(TallyCommandTest.SIX).writeXlsx(dir.resolve("台账.xlsx"));
		Path report = Files.copy(Path.of("..", "examples", "zeku-2023.gongkai"), dir.resolve("zeku-2023.gongkai"));
		String text = Files.readString(report);

		TallyResult result = tally.into(RegisterSheet.read(Files.readAllBytes(register), "台账.xlsx"), text, null);
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertEquals(2023, result.year());
		assertTrue(text.substring(result.replacement().offset()).startsWith("section apply <"));

		assertEquals(0, CliRun.of("tally", "--into", report.toString(), register.toString()).exit());
		assertEquals(Files.readString(report), result.replacement().applyTo(text));
	}

	@Test
	void aRegisterWithMistakesGivesTheProblemsAndNoEdit() throws IOException, RegisterUnreadable {
		byte[] csv = "收到日期,申请人类型\n2023-01-05,群众\n2023-13-01,自然人\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		TallyResult result = tally.into(RegisterSheet.read(csv, "台账.csv"), "report \"甲\" {\n  year 2023\n}\n", null);
		assertEquals(java.util.List.of(2, 3), result.problems().stream().map(p -> p.row()).sorted().toList());
		assertEquals(null, result.replacement());
	}
}
