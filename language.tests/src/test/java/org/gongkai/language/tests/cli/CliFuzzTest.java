package org.gongkai.language.tests.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The examples mutated a few thousand ways (seeded, so every run is the same): byte flips, deleted and duplicated
 * ranges, hostile strings inserted. {@code validate} and {@code generate} (all four formats) must answer with 0, 1 or 2
 * and no stack trace, leave every input as it was, and write only well-formed documents (issue 10).
 */
class CliFuzzTest {

	private static final Path EXAMPLES = Path.of("..", "examples");
	private static final int MUTANTS_PER_EXAMPLE = 600;
	private static final List<byte[]> HOSTILE = Stream.of("\r", "\0", "\uFFFF", "\r\n", "x".repeat(30_000), "${", "$${", "${apply.new}",
			"\"", "“", "{", "}", "<", ">", "\\", "/*", "//", "-", "9".repeat(40), "report", "section apply <")
			.map(s -> s.getBytes(UTF_8)).collect(Collectors.toCollection(ArrayList::new));
	static {
		HOSTILE.add(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }); // a lone surrogate, as UTF-8 would write it
		HOSTILE.add(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }); // a byte order mark in the middle
	}
	private static final Pattern TRACE = Pattern.compile("Exception|Error:|\\bat (org|java|com|sun)\\.");
	private static final Pattern UNREADABLE = Pattern.compile("gongkai: (?:无法读取|读取|检查) (.+?\\.gongkai)[：\\s]");

	@TempDir
	Path dir;

	@Test
	void mutatedExamplesAreAnsweredAndWrittenSafely() throws IOException {
		Map<Path, byte[]> inputs = mutants(dir.resolve("in"));

		CliRun validate = CliRun.of("validate", dir.resolve("in").toString());
		assertAnswered(validate);
		Set<String> unreadable = matches(UNREADABLE, validate.err());

		List<String> generate = new ArrayList<>(List.of("generate", "--to", "html,docx,md,json", "-o", dir.resolve("out").toString()));
		inputs.keySet().stream().map(Path::toString).filter(path -> !unreadable.contains(path)).forEach(generate::add);
		CliRun generated = CliRun.of(generate.toArray(String[]::new));
		assertAnswered(generated);
		assertTrue(generated.exit() != 2 || generated.err().contains("没有生成任何文件"), generated.err());

		for (Map.Entry<Path, byte[]> input : inputs.entrySet()) {
			assertArrayEquals(input.getValue(), Files.readAllBytes(input.getKey()), input.getKey() + " was changed");
		}
		List<Path> documents = list(dir.resolve("out"));
		assertTrue(documents.size() >= 100, () -> "too few documents to check: " + documents.size() + "\n" + context(generated.err(), 0));
		for (Path document : documents) {
			assertWellFormed(document);
		}
	}

	/** Every example, mutated; the file names differ too, so that the documents of a batch do not collide. */
	private static Map<Path, byte[]> mutants(Path folder) throws IOException {
		Random random = new Random(20261202);
		Map<Path, byte[]> mutants = new LinkedHashMap<>();
		for (Path example : list(EXAMPLES)) {
			String original = Files.readString(example);
			String name = example.getFileName().toString().replace(".gongkai", "");
			for (int i = 0; i < MUTANTS_PER_EXAMPLE; i++) {
				// report names are unique in a batch; the mutants' names differ before they are mutated
				byte[] bytes = original.replaceFirst("report \"", "report \"" + i + "-").getBytes(UTF_8);
				for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
					bytes = mutate(bytes, random);
				}
				mutants.put(CliReports.write(folder, name + "-" + i + ".gongkai", bytes), bytes);
			}
		}
		return mutants;
	}

	/** One mutation; all but the byte flips cut at character boundaries, so that most mutants stay UTF-8. */
	private static byte[] mutate(byte[] bytes, Random random) {
		int at = boundary(bytes, random.nextInt(bytes.length + 1));
		int length = boundary(bytes, Math.min(bytes.length, at + random.nextInt(64))) - at;
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
		out.write(bytes, 0, at);
		switch (random.nextInt(4)) {
		case 0 -> {
			if (at < bytes.length) {
				out.write(bytes[at] ^ (1 << random.nextInt(8)));
				at++;
			}
		}
		case 1 -> at += length;
		case 2 -> out.write(bytes, at, length);
		default -> out.writeBytes(HOSTILE.get(random.nextInt(HOSTILE.size())));
		}
		out.write(bytes, at, bytes.length - at);
		return out.toByteArray();
	}

	private static int boundary(byte[] bytes, int at) {
		int boundary = at;
		while (boundary < bytes.length && (bytes[boundary] & 0xC0) == 0x80) {
			boundary++;
		}
		return boundary;
	}

	private static void assertAnswered(CliRun run) {
		assertTrue(run.exit() >= 0 && run.exit() <= 2, "exit " + run.exit());
		Matcher trace = TRACE.matcher(run.out() + run.err());
		assertFalse(trace.find(), () -> "stack trace or Java's words: " + context(run.out() + run.err(), trace.start()));
	}

	private static void assertWellFormed(Path document) throws IOException {
		String name = document.getFileName().toString();
		if (name.endsWith(".json")) {
			JsonReader reader = new JsonReader(new StringReader(Files.readString(document)));
			JsonElement json = new Gson().getAdapter(JsonElement.class).read(reader);
			assertTrue(json.isJsonObject(), name);
			assertEquals(JsonToken.END_DOCUMENT, reader.peek(), name);
		} else if (name.endsWith(".html")) {
			Parser parser = Parser.htmlParser().setTrackErrors(10);
			Jsoup.parse(Files.readString(document), "", parser);
			assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), name);
		} else if (name.endsWith(".docx")) {
			try (InputStream in = Files.newInputStream(document); XWPFDocument docx = new XWPFDocument(in)) {
				assertFalse(docx.getBodyElements().isEmpty(), name);
			}
		} else if (name.endsWith(".md")) {
			assertTrue(UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(document))).length() > 0, name);
		}
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new HashSet<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static String context(String text, int at) {
		return text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 300));
	}

	private static List<Path> list(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
