package org.gongkai.language.template;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the assessor's rules of LANGUAGE.md §5 read beyond the tables: who may make 规章, the words by which a report
 * speaks of 考核, of 信息处理费 and of review results all upheld, how a format's notice is cited, and the source of each
 * rule, quoted in its message.
 */
public final class AssessorFacts {

	/** active.rules-authority: who makes 规章. */
	public static final String RULES_SOURCE = "《立法法》第九十一条、第九十三条：规章只能由国务院部门和省、自治区、直辖市及设区的市、自治州的人民政府制定";
	/** text.assessment. */
	public static final String ASSESSMENT_SOURCE = "《条例》第五十条第（四）项：年度报告应当包括工作考核、社会评议和责任追究结果情况";
	public static final List<String> ASSESSMENT_WORDS = List.of("考核", "评议", "责任追究", "问责");
	/** other.fees. */
	public static final String FEES_SOURCE = "《政府信息公开信息处理费管理办法》：年度报告应当说明收取信息处理费的情况（未收取的也应说明）";
	public static final List<String> FEE_WORDS = List.of("信息处理费", "收费", "处理费");
	/** text.review-claim: what a sentence says when it claims every case was upheld. */
	public static final List<String> UPHELD_CLAIMS = List.of("均获维持", "全部维持", "均被维持", "均予维持", "均维持", "全部获得维持",
			"全部被维持", "均得到维持", "无一被纠正", "无一例被纠正", "均未被纠正", "没有被纠正", "全部胜诉", "均胜诉");
	/** The words that say which of part 四's columns a sentence speaks of. */
	public static final List<String> RECONSIDERATION_WORDS = List.of("复议");
	public static final List<String> LITIGATION_WORDS = List.of("诉讼", "起诉", "应诉");
	/** A sentence about another year (上年, 去年 …) is not about this report's part 四. */
	public static final List<String> OTHER_YEAR_WORDS = List.of("上年", "去年", "上一年", "往年", "历年");

	/** A government that cannot make 规章: a county's or a district's (an autonomous region's ends the same way). */
	private static final List<String> COUNTY_GOVERNMENT_ENDINGS = List.of("县人民政府", "区人民政府", "旗人民政府");
	private static final List<String> RULE_MAKING_GOVERNMENT_ENDINGS = List.of("自治区人民政府", "特别行政区人民政府");
	/** What ends the place a local department's name begins with (某某省教育厅, 某某县发展和改革局). */
	private static final Pattern PLACE_PREFIX = Pattern.compile("^\\p{IsHan}{2,12}?(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟)(?=\\p{IsHan})");
	/** A department of the State Council, or one under it, does not begin with a place. */
	private static final List<String> NATIONAL_WORDS = List.of("国家", "国务院", "中华人民共和国", "中国", "中央");

	private static final String NOTICE_NAME = "国办公开办函";
	/** A format's notice as reports cite it, with any of the brackets offices type: 国办公开办函〔2019〕60号. */
	private static final Pattern NOTICE = Pattern.compile(NOTICE_NAME + "\\s*[〔\\[［【（(]\\s*(\\d{4})\\s*[〕\\]］】）)]\\s*(\\d{1,3})\\s*号");

	private AssessorFacts() {
	}

	/**
	 * Why an organ cannot make 规章, as the message says it ("乡镇人民政府、街道办事处" …), or empty when it may or its
	 * name does not tell: a city's government (a county-level city cannot be told from its name), an office of a
	 * government, a department without a place before its name.
	 */
	public static Optional<String> cannotMakeRules(String organ, OrganLevel level) {
		String name = organ == null ? "" : organ.replaceAll("\\s", "");
		if (name.isEmpty()) {
			return Optional.empty();
		}
		if (level == OrganLevel.TOWNSHIP) {
			return Optional.of("乡镇人民政府、街道办事处");
		}
		if (level == OrganLevel.GOVERNMENT) {
			boolean county = COUNTY_GOVERNMENT_ENDINGS.stream().anyMatch(name::endsWith)
					&& RULE_MAKING_GOVERNMENT_ENDINGS.stream().noneMatch(name::endsWith);
			return county ? Optional.of("县、区人民政府") : Optional.empty();
		}
		Matcher place = PLACE_PREFIX.matcher(name);
		if (level == OrganLevel.DEPARTMENT && !name.contains("人民政府") && place.find()
				&& NATIONAL_WORDS.stream().noneMatch(place.group()::contains)) {
			return Optional.of("地方人民政府的工作部门（" + place.group() + "的部门）");
		}
		return Optional.empty();
	}

	/** A citation of a format's notice in a text: where it is, and which year and number it cites. */
	public record NoticeCitation(int start, int end, int year, int number) {
	}

	/** Whether a text may cite a format's notice at all (before looking for the citations). */
	public static boolean citesANotice(String text) {
		return text.contains(NOTICE_NAME);
	}

	public static List<NoticeCitation> noticeCitations(String text) {
		Matcher m = NOTICE.matcher(text);
		return m.results().map(r -> new NoticeCitation(r.start(), r.end(), Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2))))
				.toList();
	}

	/** The format whose notice a citation names, if any. */
	public static Optional<ReportFormat> formatCited(NoticeCitation citation) {
		return Formats.ALL.stream().filter(f -> noticeCitations(f.notice()).stream()
				.anyMatch(c -> c.year() == citation.year() && c.number() == citation.number())).findFirst();
	}
}
