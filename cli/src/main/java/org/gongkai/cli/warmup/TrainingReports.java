package org.gongkai.cli.warmup;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Placeholder;
import org.gongkai.language.template.Skeleton;

/**
 * Two reports of one organ, last year's and this year's, written into a folder for a training run: the skeleton of
 * {@code gongkai new} with its texts filled in and a few numbers in the tables, so that they validate and print, and
 * this year's finds last year's.
 */
final class TrainingReports {

	static final String ORGAN = "训练县人民政府";
	static final int YEAR = 2024;

	private TrainingReports() {
	}

	/** Writes both reports into {@code folder}; returns this year's. */
	static Path write(Path folder) throws IOException {
		Files.writeString(folder.resolve(fileName(YEAR - 1)), report(YEAR - 1), UTF_8);
		Path current = folder.resolve(fileName(YEAR));
		Files.writeString(current, report(YEAR), UTF_8);
		return current;
	}

	/** Plain ASCII, so that a URI names it in one way only. */
	private static String fileName(int year) {
		return "training-" + year + ".gongkai";
	}

	private static String report(int year) {
		return Skeleton.of(ORGAN, year, Formats.FORMAT_2021, OrganLevel.GOVERNMENT)
				.replace(Placeholder.TEXT, "本年度按规定开展政府信息公开工作。")
				.replace("  // issued " + (year + 1), "  issued " + (year + 1))
				.replace("section apply < >", "section apply <\n    natural: new 3, granted 2, partial 1\n  >");
	}
}
