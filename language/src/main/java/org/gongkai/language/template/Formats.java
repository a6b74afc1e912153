package org.gongkai.language.template;

import static org.gongkai.language.template.Vocabulary.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The official formats, declared row by row after TEMPLATE.md. A new format is one more declaration here. */
public final class Formats {

	public static final String CORNER_APPLY = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	public static final ReportFormat FORMAT_2019 = new ReportFormat(2019, "国办公开办函〔2019〕60号", 2019, 2020,
			parts(active2019(), apply(false), false));

	public static final ReportFormat FORMAT_2021 = new ReportFormat(2021, "国办公开办函〔2021〕30号", 2021, null,
			parts(active2021(), apply(true), true));

	public static final List<ReportFormat> ALL = List.of(FORMAT_2019, FORMAT_2021);

	public static final ReportFormat DEFAULT = FORMAT_2021;

	/** The register of applications part 三 is counted from (gongkai tally); its words for the columns are theirs below. */
	public static final RegisterLayout REGISTER = new RegisterLayout(
			new RegisterColumn("收到日期", true, List.of("收到日期", "收到申请日期", "申请日期", "受理日期", "登记日期")),
			new RegisterColumn("申请人类型", true, List.of("申请人类型", "申请人性质", "申请人类别")),
			new RegisterColumn("办理结果", false, List.of("办理结果", "答复结果", "处理结果", "答复类型")),
			new RegisterColumn("办结日期", false, List.of("办结日期", "答复日期", "办结时间")),
			List.of("合计", "总计"));

	public static Optional<ReportFormat> byId(int id) {
		return ALL.stream().filter(f -> f.id() == id).findFirst();
	}

	private static List<PartTemplate> parts(TableTemplate active, TableTemplate apply, boolean overviewTopics) {
		List<Item> topics = overviewTopics ? List.of(
				new Item(TOPIC_ACTIVE, "（一）", "主动公开", CellKind.COUNT, List.of()),
				new Item(TOPIC_APPLY, "（二）", "依申请公开", CellKind.COUNT, List.of()),
				new Item(MANAGEMENT, "（三）", "政府信息管理", CellKind.COUNT, List.of()),
				new Item(PLATFORM, "（四）", "政府信息公开平台建设", CellKind.COUNT, List.of()),
				new Item(OVERSIGHT, "（五）", "监督保障", CellKind.COUNT, List.of())) : List.of();
		return List.of(
				PartTemplate.topics(OVERVIEW, "一、", "总体情况", topics),
				PartTemplate.table(ACTIVE, "二、", "主动公开政府信息情况", active),
				PartTemplate.table(APPLY, "三、", "收到和处理政府信息公开申请情况", apply),
				PartTemplate.table(REVIEW, "四、", "政府信息公开行政复议、行政诉讼情况", review()),
				PartTemplate.text(PROBLEMS, "五、", "存在的主要问题及改进情况"),
				PartTemplate.text(OTHER_MATTERS, "六、", "其他需要报告的事项"));
	}

	private static TableTemplate active2021() {
		List<Item> documents = List.of(Item.of(MADE, "本年制发件数"), Item.of(REPEALED, "本年废止件数"), Item.of(VALID, "现行有效件数"));
		List<Item> decisions = List.of(Item.of(DECISIONS, "本年处理决定数量"));
		return new TableTemplate(TableLayout.BLOCKS, "信息内容", List.of(
				new Block("第二十条第（一）项", List.of(Item.of(RULES, "规章"), Item.of(NORMATIVE, "行政规范性文件")), documents),
				new Block("第二十条第（五）项", List.of(Item.of(LICENSING, "行政许可")), decisions),
				new Block("第二十条第（六）项", List.of(Item.of(PUNISHMENT, "行政处罚"), Item.of(COERCION, "行政强制")), decisions),
				new Block("第二十条第（八）项", List.of(Item.of(FEES, "行政事业性收费")),
						List.of(Item.of(AMOUNT, "本年收费金额（单位：万元）").kind(CellKind.AMOUNT)))),
				null, null, List.of());
	}

	private static TableTemplate active2019() {
		List<Item> documents = List.of(Item.of(PRODUCED, "本年新制作数量"), Item.of(PUBLISHED, "本年新公开数量"),
				Item.of(PUBLIC_TOTAL, "对外公开总数量"));
		Item previous = Item.of(PREVIOUS_COUNT, "上一年项目数量");
		Item change = Item.of(CHANGE, "本年增/减").kind(CellKind.SIGNED);
		List<Item> services = List.of(previous, change, Item.of(DECISIONS, "处理决定数量"));
		return new TableTemplate(TableLayout.BLOCKS, "信息内容", List.of(
				new Block("第二十条第（一）项", List.of(Item.of(RULES, "规章"), Item.of(NORMATIVE, "规范性文件")), documents),
				new Block("第二十条第（五）项", List.of(Item.of(LICENSING, "行政许可"), Item.of(OTHER_SERVICES, "其他对外管理服务事项")), services),
				new Block("第二十条第（六）项", List.of(Item.of(PUNISHMENT, "行政处罚"), Item.of(COERCION, "行政强制")), services),
				new Block("第二十条第（八）项", List.of(Item.of(FEES, "行政事业性收费")), List.of(previous, change)),
				new Block("第二十条第（九）项", List.of(Item.of(PROCUREMENT, "政府集中采购")),
						List.of(Item.of(PROJECTS, "采购项目数量"), Item.of(AMOUNT, "采购总金额").kind(CellKind.AMOUNT)))),
				null, null, List.of());
	}

	private static TableTemplate apply(boolean otherHandlingSplit) {
		Group results = new Group("三、", "本年度办理结果");
		Group withheld = new Group("（三）", "不予公开");
		Group unavailable = new Group("（四）", "无法提供");
		Group notProcessed = new Group("（五）", "不予处理");
		Group otherHandling = new Group("（六）", "其他处理");
		List<Item> rows = new ArrayList<>();
		rows.add(row(NEW, "一、", "本年新收政府信息公开申请数量"));
		rows.add(row(CARRIED, "二、", "上年结转政府信息公开申请数量"));
		rows.add(row(GRANTED, "（一）", "予以公开", results));
		rows.add(row(PARTIAL, "（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）", results));
		rows.add(row(SECRET, "1.", "属于国家秘密", results, withheld));
		rows.add(row(FORBIDDEN, "2.", "其他法律行政法规禁止公开", results, withheld));
		rows.add(row(SECURITY, "3.", "危及“三安全一稳定”", results, withheld));
		rows.add(row(THIRD_PARTY, "4.", "保护第三方合法权益", results, withheld));
		rows.add(row(INTERNAL, "5.", "属于三类内部事务信息", results, withheld));
		rows.add(row(DELIBERATIVE, "6.", "属于四类过程性信息", results, withheld));
		rows.add(row(ENFORCEMENT_FILE, "7.", "属于行政执法案卷", results, withheld));
		rows.add(row(INQUIRY, "8.", "属于行政查询事项", results, withheld));
		rows.add(row(NOT_HELD, "1.", "本机关不掌握相关政府信息", results, unavailable));
		rows.add(row(NOT_EXISTING, "2.", "没有现成信息需要另行制作", results, unavailable));
		rows.add(row(UNCLEAR, "3.", "补正后申请内容仍不明确", results, unavailable));
		rows.add(row(PETITION, "1.", "信访举报投诉类申请", results, notProcessed));
		rows.add(row(DUPLICATE, "2.", "重复申请", results, notProcessed));
		rows.add(row(PUBLICATION, "3.", "要求提供公开出版物", results, notProcessed));
		rows.add(row(EXCESSIVE, "4.", "无正当理由大量反复申请", results, notProcessed));
		rows.add(row(CONFIRMATION, "5.", "要求行政机关确认或重新出具已获取信息", results, notProcessed));
		if (otherHandlingSplit) {
			rows.add(row(NO_SUPPLEMENT, "1.", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", results, otherHandling));
			rows.add(row(NO_FEE, "2.", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", results, otherHandling));
			rows.add(row(OTHER_HANDLING, "3.", "其他", results, otherHandling));
		} else {
			rows.add(row(OTHER_HANDLING, "（六）", "其他处理", results));
		}
		rows.add(row(TOTAL, "（七）", "总计", results));
		rows.add(row(NEXT, "四、", "结转下年度继续办理"));
		Group applicants = new Group("", "申请人情况");
		Group organisations = new Group("", "法人或其他组织");
		List<Item> columns = List.of(Item.of(NATURAL, "自然人").under(applicants).alsoCalled("个人", "公民"),
				Item.of(BUSINESS, "商业企业").under(applicants, organisations).alsoCalled("企业", "公司"),
				Item.of(RESEARCH, "科研机构").under(applicants, organisations),
				Item.of(CHARITY, "社会公益组织").under(applicants, organisations),
				Item.of(LEGAL, "法律服务机构").under(applicants, organisations).alsoCalled("律师事务所"),
				Item.of(OTHER_ORG, "其他").under(applicants, organisations), Item.of(TOTAL, "总计").under(applicants));
		List<String> outcomes = rows.stream().filter(r -> !r.groups().isEmpty() && r.term() != TOTAL).map(Item::keyword).toList();
		// the corner's 勾稽关系: 第一项加第二项之和，等于第三项加第四项之和
		Balance balance = new Balance(List.of(NEW.keyword(), CARRIED.keyword()), List.of(TOTAL.keyword(), NEXT.keyword()));
		return new TableTemplate(TableLayout.MATRIX, CORNER_APPLY, List.of(new Block("", columns, rows)), TOTAL.keyword(),
				TOTAL.keyword(), outcomes, List.of(balance));
	}

	private static TableTemplate review() {
		List<Item> fields = List.of(Item.of(UPHELD, "结果维持"), Item.of(CORRECTED, "结果纠正"), Item.of(OTHER_RESULT, "其他结果"),
				Item.of(PENDING, "尚未审结"), Item.of(TOTAL, "总计"));
		Group suits = new Group("", "行政诉讼");
		List<Item> columns = List.of(Item.of(RECONSIDERATION, "行政复议"), Item.of(DIRECT_SUIT, "未经复议直接起诉").under(suits),
				Item.of(SUIT_AFTER_REVIEW, "复议后起诉").under(suits));
		return new TableTemplate(TableLayout.ROW, "", List.of(new Block("", columns, fields)), null, TOTAL.keyword(),
				List.of(UPHELD.keyword(), CORRECTED.keyword(), OTHER_RESULT.keyword(), PENDING.keyword()));
	}

	private static Item row(Term term, String number, String label, Group... groups) {
		return new Item(term, number, label, CellKind.COUNT, List.of(groups));
	}

	private Formats() {
	}
}
