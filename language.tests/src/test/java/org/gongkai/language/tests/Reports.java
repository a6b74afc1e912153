package org.gongkai.language.tests;

/**
 * Small reports for tests: a complete, valid report of format 2021 (no diagnostics) whose parts and header can be
 * replaced one at a time, so each test shows only what it is about. Line numbers: the header starts on line 2,
 * the sections follow in the order overview, active, apply, review, problems, other, one per line.
 */
public final class Reports {

	public static final String HEADER = """
			  organ "甲县人民政府"
			  year 2023
			  issued 2024-01-27""";

	public static final String OVERVIEW = "section overview { active \"主动\" apply \"依申请\" management \"管理\" platform \"平台\" oversight \"监督\" }";
	public static final String ACTIVE = "section active < >";
	public static final String APPLY = "section apply < >";
	public static final String REVIEW = "section review < >";
	public static final String PROBLEMS = "section problems \"无。\"";
	/** What the assessor's rules ask part 六 to say: the fees charged (other.fees) and the assessment (text.assessment). */
	public static final String OTHER = "section other \"本年度未收取信息处理费。政府信息公开工作已纳入绩效考核。\"";

	private String name = "甲县2023";
	private String header = HEADER;
	private String overview = OVERVIEW;
	private String active = ACTIVE;
	private String apply = APPLY;
	private String review = REVIEW;
	private String problems = PROBLEMS;
	private String other = OTHER;

	public static Reports report() {
		return new Reports();
	}

	public Reports name(String text) {
		name = text;
		return this;
	}

	public Reports header(String text) {
		header = text;
		return this;
	}

	public Reports overview(String text) {
		overview = text;
		return this;
	}

	public Reports active(String text) {
		active = text;
		return this;
	}

	public Reports apply(String text) {
		apply = text;
		return this;
	}

	public Reports review(String text) {
		review = text;
		return this;
	}

	public Reports problems(String text) {
		problems = text;
		return this;
	}

	public Reports other(String text) {
		other = text;
		return this;
	}

	public String text() {
		StringBuilder out = new StringBuilder("report \"" + name + "\" {\n" + header + "\n");
		for (String section : new String[] { overview, active, apply, review, problems, other }) {
			if (!section.isEmpty()) {
				out.append("  ").append(section).append('\n');
			}
		}
		return out.append("}\n").toString();
	}

	@Override
	public String toString() {
		return text();
	}
}
