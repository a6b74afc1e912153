package org.gongkai.language.template;

import java.util.List;

/**
 * Every keyword of the language with its Chinese aliases (LANGUAGE.md §3), grouped as the grammar groups them.
 * The grammar repeats these spellings (Xtext fixes keywords in the .xtext file); GrammarSpellingsTest keeps both equal.
 */
public final class Vocabulary {

	public static final Term REPORT = Term.of("report", "报告");
	public static final Term SECTION = Term.of("section", "部分");
	public static final Term PREVIOUS_REPORT = Term.of("previous", "上年报告");

	// header
	public static final Term ORGAN = Term.of("organ", "机关");
	public static final Term YEAR = Term.of("year", "年度");
	public static final Term FORMAT = Term.of("format", "格式");
	public static final Term LEVEL = Term.of("level", "级别");
	public static final Term ISSUED = Term.of("issued", "成文日期");
	public static final Term DEADLINE = Term.of("deadline", "公布期限");
	public static final Term WEBSITE = Term.of("website", "网站");
	public static final Term CONTACT = Term.of("contact", "联系方式");
	public static final Term PREAMBLE = Term.of("preamble", "前言");
	public static final Term SCOPE = Term.of("scope", "范围");
	public static final List<Term> HEADER_KEYS = List.of(ORGAN, YEAR, FORMAT, LEVEL, SCOPE, ISSUED, DEADLINE, WEBSITE, CONTACT,
			PREAMBLE);

	// levels
	public static final Term GOVERNMENT = Term.of("government", "本级政府");
	public static final Term DEPARTMENT = Term.of("department", "部门");
	public static final Term TOWNSHIP = Term.of("township", "乡镇");
	public static final List<Term> LEVELS = List.of(GOVERNMENT, DEPARTMENT, TOWNSHIP);

	// scopes
	public static final Term SELF = Term.of("self", "本级");
	public static final Term AREA = Term.of("area", "汇总");
	public static final List<Term> SCOPES = List.of(SELF, AREA);

	// parts
	public static final Term OVERVIEW = Term.of("overview", "总体情况");
	public static final Term ACTIVE = Term.of("active", "主动公开");
	public static final Term APPLY = Term.of("apply", "依申请公开");
	public static final Term REVIEW = Term.of("review", "复议诉讼");
	public static final Term PROBLEMS = Term.of("problems", "问题及改进");
	public static final Term OTHER_MATTERS = Term.of("other", "其他事项");
	public static final List<Term> PARTS = List.of(OVERVIEW, ACTIVE, APPLY, REVIEW, PROBLEMS, OTHER_MATTERS);

	// part 一 topics
	public static final Term TOPIC_ACTIVE = Term.of("active", "主动公开");
	public static final Term TOPIC_APPLY = Term.of("apply", "依申请公开");
	public static final Term MANAGEMENT = Term.of("management", "政府信息管理");
	public static final Term PLATFORM = Term.of("platform", "平台建设");
	public static final Term OVERSIGHT = Term.of("oversight", "监督保障");
	public static final List<Term> TOPICS = List.of(TOPIC_ACTIVE, TOPIC_APPLY, MANAGEMENT, PLATFORM, OVERSIGHT);

	// part 二 rows (written before the colon)
	public static final Term RULES = Term.of("rules", "规章");
	public static final Term NORMATIVE = Term.of("normative", "行政规范性文件", "规范性文件");
	public static final Term LICENSING = Term.of("licensing", "行政许可");
	public static final Term PUNISHMENT = Term.of("punishment", "行政处罚");
	public static final Term COERCION = Term.of("coercion", "行政强制");
	public static final Term FEES = Term.of("fees", "行政事业性收费");
	public static final Term OTHER_SERVICES = Term.of("other-services", "其他对外管理服务事项");
	public static final Term PROCUREMENT = Term.of("procurement", "政府集中采购");

	// part 二 fields
	public static final Term MADE = Term.of("made", "本年制发");
	public static final Term REPEALED = Term.of("repealed", "本年废止");
	public static final Term VALID = Term.of("valid", "现行有效");
	public static final Term DECISIONS = Term.of("decisions", "处理决定");
	public static final Term AMOUNT = Term.of("amount", "金额");
	public static final Term PRODUCED = Term.of("produced", "本年新制作");
	public static final Term PUBLISHED = Term.of("published", "本年新公开");
	public static final Term PUBLIC_TOTAL = Term.of("public-total", "对外公开总数");
	public static final Term PREVIOUS_COUNT = Term.of("previous", "上一年项目数");
	public static final Term CHANGE = Term.of("change", "本年增减");
	public static final Term PROJECTS = Term.of("projects", "采购项目数");

	// part 三 columns
	public static final Term NATURAL = Term.of("natural", "自然人");
	public static final Term BUSINESS = Term.of("business", "商业企业");
	public static final Term RESEARCH = Term.of("research", "科研机构");
	public static final Term CHARITY = Term.of("charity", "社会公益组织");
	public static final Term LEGAL = Term.of("legal", "法律服务机构");
	public static final Term OTHER_ORG = Term.of("other-org", "其他");
	public static final Term TOTAL = Term.of("total", "总计");

	// part 三 rows
	public static final Term NEW = Term.of("new", "本年新收");
	public static final Term CARRIED = Term.of("carried", "上年结转");
	public static final Term GRANTED = Term.of("granted", "予以公开");
	public static final Term PARTIAL = Term.of("partial", "部分公开");
	public static final Term SECRET = Term.of("secret", "国家秘密");
	public static final Term FORBIDDEN = Term.of("forbidden", "法律法规禁止");
	public static final Term SECURITY = Term.of("security", "三安全一稳定");
	public static final Term THIRD_PARTY = Term.of("third-party", "第三方合法权益");
	public static final Term INTERNAL = Term.of("internal", "内部事务信息");
	public static final Term DELIBERATIVE = Term.of("deliberative", "过程性信息");
	public static final Term ENFORCEMENT_FILE = Term.of("enforcement-file", "行政执法案卷");
	public static final Term INQUIRY = Term.of("inquiry", "行政查询事项");
	public static final Term NOT_HELD = Term.of("not-held", "本机关不掌握");
	public static final Term NOT_EXISTING = Term.of("not-existing", "需另行制作");
	public static final Term UNCLEAR = Term.of("unclear", "申请内容不明确");
	public static final Term PETITION = Term.of("petition", "信访举报投诉");
	public static final Term DUPLICATE = Term.of("duplicate", "重复申请");
	public static final Term PUBLICATION = Term.of("publication", "公开出版物");
	public static final Term EXCESSIVE = Term.of("excessive", "大量反复申请");
	public static final Term CONFIRMATION = Term.of("confirmation", "确认或重新出具");
	public static final Term NO_SUPPLEMENT = Term.of("no-supplement", "逾期不补正");
	public static final Term NO_FEE = Term.of("no-fee", "逾期不缴费");
	public static final Term OTHER_HANDLING = Term.of("other-handling", "其他处理");
	public static final Term NEXT = Term.of("next", "结转下年度");

	// part 四
	public static final Term RECONSIDERATION = Term.of("reconsideration", "行政复议");
	public static final Term DIRECT_SUIT = Term.of("direct-suit", "直接起诉");
	public static final Term SUIT_AFTER_REVIEW = Term.of("suit-after-review", "复议后起诉");
	public static final Term UPHELD = Term.of("upheld", "结果维持");
	public static final Term CORRECTED = Term.of("corrected", "结果纠正");
	public static final Term OTHER_RESULT = Term.of("other", "其他结果");
	public static final Term PENDING = Term.of("pending", "尚未审结");

	/** What may stand before a colon, in any table. */
	public static final List<Term> COLUMN_KEYS = List.of(RULES, NORMATIVE, LICENSING, PUNISHMENT, COERCION, FEES,
			OTHER_SERVICES, PROCUREMENT, NATURAL, BUSINESS, RESEARCH, CHARITY, LEGAL, OTHER_ORG, TOTAL,
			RECONSIDERATION, DIRECT_SUIT, SUIT_AFTER_REVIEW);

	/** What may stand inside a column, in any table. */
	public static final List<Term> CELL_KEYS = List.of(MADE, REPEALED, VALID, DECISIONS, AMOUNT, PRODUCED, PUBLISHED,
			PUBLIC_TOTAL, PREVIOUS_COUNT, CHANGE, PROJECTS, NEW, CARRIED, GRANTED, PARTIAL, SECRET, FORBIDDEN, SECURITY,
			THIRD_PARTY, INTERNAL, DELIBERATIVE, ENFORCEMENT_FILE, INQUIRY, NOT_HELD, NOT_EXISTING, UNCLEAR, PETITION,
			DUPLICATE, PUBLICATION, EXCESSIVE, CONFIRMATION, NO_SUPPLEMENT, NO_FEE, OTHER_HANDLING, TOTAL, NEXT, UPHELD,
			CORRECTED, OTHER_RESULT, PENDING);

	/** Every term, in the groups above. */
	public static List<Term> all() {
		return java.util.stream.Stream.of(List.of(REPORT, SECTION, PREVIOUS_REPORT), HEADER_KEYS, LEVELS, SCOPES, PARTS, TOPICS,
				COLUMN_KEYS, CELL_KEYS).flatMap(List::stream).toList();
	}

	private Vocabulary() {
	}
}
