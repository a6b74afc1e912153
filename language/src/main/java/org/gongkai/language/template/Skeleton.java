package org.gongkai.language.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The source of a new report ({@code gongkai new}): the header, and every part of the format in the official order
 * with its tables empty (all zeros) and its texts the {@link Placeholder}, which the validator flags. {@code issued}
 * is left as a comment to fill in. Laid out as the formatter lays it out, two spaces a level.
 */
public final class Skeleton {

	/** One level of indentation, as {@code gongkai new} writes it. */
	public static final String INDENT = "  ";

	public static String of(String organ, int year, ReportFormat format, OrganLevel level) {
		return of(organ, year, format, level, Prefill.NONE);
	}

	/** The skeleton with what {@code prefill} takes over written in: its header entries and its cells. */
	public static String of(String organ, int year, ReportFormat format, OrganLevel level, Prefill prefill) {
		StringBuilder out = new StringBuilder();
		out.append("// ").append(organ).append(' ').append(year).append(" 年政府信息公开工作年度报告\n");
		out.append("// 请把").append(Placeholder.TEXT).append("换成实际内容，在表格中写上数字（未写的格为 0），再运行 gongkai validate 检查。\n");
		prefill.comments().forEach(comment -> out.append("// ").append(comment).append('\n'));
		out.append("report ").append(literal(organ + year)).append(" {\n");
		List<String[]> header = new ArrayList<>(List.of(
				new String[] { "organ", literal(organ), "" },
				new String[] { "year", String.valueOf(year), "" },
				new String[] { "format", String.valueOf(format.id()), "// format: 2021 = 国办公开办函〔2021〕30号；2019 = 国办公开办函〔2019〕60号" },
				new String[] { "level", level.term().keyword(), "// level: government 本级政府 · department 部门 · township 乡镇" }));
		prefill.header().forEach((key, source) -> header.add(new String[] { key, source, "" }));
		int width = header.stream().mapToInt(entry -> entry[0].length()).max().orElse(0) + 1;
		// comments stand on lines of their own between entries: the formatter drops a blank line after a comment
		for (String[] entry : header) {
			if (!entry[2].isEmpty()) {
				out.append(INDENT).append(entry[2]).append('\n');
			}
			out.append(INDENT).append(pad(entry[0], width)).append(entry[1]).append('\n');
			if (entry[0].equals("year")) {
				optionalEntries(year, level, prefill.header().keySet(), out);
			}
		}
		for (PartTemplate part : format.parts()) {
			out.append('\n').append(INDENT).append("section ").append(part.keyword());
			switch (part.kind()) {
			case TABLE -> table(prefill.cells().getOrDefault(part.keyword(), Map.of()), out);
			case TEXT -> out.append(' ').append(literal(Placeholder.TEXT)).append('\n');
			case TOPICS -> topics(part, out);
			}
		}
		return out.append("}\n").toString();
	}

	/** Why {@code organ} and {@code year} cannot start a report (the file's name is made of them), or empty. */
	public static Optional<String> problem(String organ, int year) {
		String name = organ == null ? "" : organ.strip();
		if (name.isEmpty() || name.contains("\n") || name.contains("\r")) {
			return Optional.of("机关名称须是一行文字");
		}
		if (year < 1000 || year > 9999) {
			return Optional.of("年度须是四位数，如 2024");
		}
		return Optional.empty();
	}

	/** The skeleton's file name, {@code {机关}{年度}.gongkai}: the organ without blanks and characters no file name may hold. */
	public static String fileName(String organ, int year) {
		return organ.replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]+", "") + year + ".gongkai";
	}

	/**
	 * The header entries to fill in, as comments (those the prefill writes left out): without issued the validator
	 * warns (issued.missing), no more.
	 */
	private static void optionalEntries(int year, OrganLevel level, Set<String> written, StringBuilder out) {
		out.append(INDENT).append("// issued ").append(year + 1).append("-01-20 // 成文日期：改为实际日期，再去掉行首的 //\n");
		if (level.legalDeadline().isEmpty()) {
			out.append(INDENT).append("// deadline 02-20 // 乡镇：当地通知规定的公布期限，没有可删去\n");
		}
		if (!written.contains("website")) {
			out.append(INDENT).append("// website \"\" // 本报告电子版的下载网址\n");
		}
		if (!written.contains("contact")) {
			out.append(INDENT).append("// contact \"\" // 咨询联系方式\n");
		}
	}

	/** {@code < >}, or one line a column, {@code natural: carried 2}, keys padded as the formatter pads them. */
	private static void table(Map<String, Map<String, String>> columns, StringBuilder out) {
		if (columns.isEmpty()) {
			out.append(" < >\n");
			return;
		}
		out.append(" <\n");
		int width = columns.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
		columns.forEach((column, cells) -> {
			StringJoiner values = new StringJoiner(", ");
			cells.forEach((row, value) -> values.add(row + " " + value));
			out.append(INDENT).append(INDENT).append(pad(column + ":", width)).append(values).append('\n');
		});
		out.append(INDENT).append(">\n");
	}

	private static void topics(PartTemplate part, StringBuilder out) {
		if (part.topics().isEmpty()) {
			out.append(' ').append(literal(Placeholder.TEXT)).append('\n');
			return;
		}
		out.append(" {\n");
		int width = part.topics().stream().mapToInt(t -> t.keyword().length()).max().orElse(0) + 1;
		for (Item topic : part.topics()) {
			out.append(INDENT).append(INDENT).append(pad(topic.keyword(), width)).append(literal(Placeholder.TEXT))
					.append(" // ").append(topic.fullLabel()).append('\n');
		}
		out.append(INDENT).append("}\n");
	}

	/** A string literal of the language: {@code "} and {@code \} escaped. */
	public static String literal(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/** Header keys and topic keys are ASCII: one column a character. */
	private static String pad(String key, int width) {
		return key + " ".repeat(Math.max(1, width - key.length()));
	}

	private Skeleton() {
	}
}
