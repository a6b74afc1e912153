package org.gongkai.language.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.report.Dates;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TextView;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.PartKind;
import org.gongkai.language.template.PartTemplate;

/**
 * The words of the finished document that are not in the tables (LANGUAGE.md §6): title, opening paragraph,
 * the parts' texts in the official order, signature and date. Every format prints these, so they are made once.
 */
public final class ReportTexts {

	private ReportTexts() {
	}

	/** 泽库县人民政府2023年政府信息公开工作年度报告 */
	public static String title(ReportView view) {
		return view.organ().orElse("") + view.year().map(String::valueOf).orElse("") + "年政府信息公开工作年度报告";
	}

	/** The header's preamble, or the standard opening built from the header; a sentence whose value is missing is left out. */
	public static List<String> opening(ReportView view) {
		Optional<TextView> preamble = view.text("preamble");
		if (preamble.isPresent()) {
			return preamble.get().paragraphs();
		}
		StringBuilder text = new StringBuilder("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和")
				.append(view.format().notice()).append("要求编制，")
				.append("包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、")
				.append("存在的主要问题及改进情况、其他需要报告的事项六部分。");
		view.year().ifPresent(year -> text.append("本报告中所列数据的统计期限为").append(year).append("年1月1日至").append(year)
				.append("年12月31日。"));
		view.headerText(HeaderKey.WEBSITE).filter(s -> !s.isBlank())
				.ifPresent(site -> text.append("本报告电子版可在").append(site).append("下载。"));
		view.headerText(HeaderKey.CONTACT).filter(s -> !s.isBlank())
				.ifPresent(contact -> text.append("如对本报告有疑问，请与").append(contact).append("联系。"));
		return List.of(text.toString());
	}

	/** A part of the report as printed: its heading, and either sub-headed paragraphs, plain paragraphs, or a table. */
	public record Part(PartTemplate template, List<Topic> topics, List<String> paragraphs) {

		public String heading() {
			return template.fullHeading();
		}

		public boolean isTable() {
			return template.kind() == PartKind.TABLE;
		}
	}

	/** （一）主动公开 and its paragraphs; {@code keyword} is the topic's ({@code active}). */
	public record Topic(String keyword, String heading, List<String> paragraphs) {
	}

	/** The six parts in the official order, whatever order they were written in. */
	public static List<Part> parts(ReportView view) {
		List<Part> parts = new ArrayList<>();
		for (PartTemplate part : view.format().parts()) {
			List<Topic> topics = new ArrayList<>();
			// a format without sub-headings (2019) may still be written with them: print the current format's
			List<Item> headings = part.topics().isEmpty() ? Formats.DEFAULT.part(part.keyword()).orElse(part).topics() : part.topics();
			for (Item topic : headings) {
				view.text(part.keyword() + "." + topic.keyword())
						.ifPresent(text -> topics.add(new Topic(topic.keyword(), topic.fullLabel(), text.paragraphs())));
			}
			List<String> paragraphs = view.text(part.keyword()).map(TextView::paragraphs).orElse(List.of());
			parts.add(new Part(part, topics, paragraphs));
		}
		return parts;
	}

	/** The date under the signature, 2024年1月27日, when the report has one. */
	public static Optional<String> date(ReportView view) {
		return view.issued().map(Dates::chinese);
	}

	/** The organ, as signed under the report. */
	public static String signature(ReportView view) {
		return view.organ().orElse("");
	}
}
