package org.gongkai.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongkai.language.template.OrganLevel;

/**
 * The header facts a published report states in its own words: the organ and year (from the title, the signature,
 * or the opening paragraph), the date under the signature ({@code issued}), the website and contact of the opening
 * paragraph, and the opening paragraph itself ({@code preamble}); null where the report does not say.
 */
record HeaderFacts(String organ, Integer year, LocalDate issued, String website, String contact, String preamble) {

	/** Names of an organ end so; a name that does not is completed from the text (平潭综合实验区 → …管委会). */
	/** An organ's office named in the contact (县发展和改革局办公室): the organ is the name before 办公室. */
	private static final Pattern OFFICE_OF_ORGAN = Pattern.compile("(.+?(?:" + String.join("|",
			endings().filter(e -> !e.equals("办公室")).toList()) + "))办公室");
	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
	/** A signature and its date run into the last sentence, as a crawler keeps a page: {@code …事项无。工布江达县人民政府2024年1月27日}. */
	private static final Pattern RUN_IN_SIGNATURE = Pattern.compile("[。；！？]([^。；！？，：\\d]{2,30})(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*$");
	/** The longest organ's name a run-in title is read with. */
	private static final int ORGAN_NAME = 20;
	/** A report's title at the start of a paragraph, whatever follows it: {@code …2022年政府信息公开工作年度报告}. */
	private static final Pattern RUN_IN_TITLE = Pattern.compile("^(.{0,40}?)(\\d{4})\\s*年度?政府信息公开[\\p{IsHan}]{0,8}?报告");
	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
	private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日");
	private static final Pattern WEBSITE = Pattern.compile("(https?://|www\\.)[A-Za-z0-9./?=&%#:_~\\-]+");
	private static final Pattern CONTACT = Pattern.compile("请与([^，。；,]+?)联系([（(][^）)]*[）)])?");
	private static final Pattern SUBJECT = Pattern.compile("^([\\p{IsHan}]{2,15}?)(根据|按照|依据)");
	private static final Pattern METADATA = Pattern.compile("[A-Z]+: .*");
	/** The report's own title quoted in its opening: 编写了《河北省工业和信息化厅2019年度政府信息公开工作报告》. */
	private static final Pattern QUOTED_TITLE = Pattern.compile("《([\\p{IsHan}（）]{2,30}?)\\d{4}年度?政府信息公开工作(?:年度)?报告》");
	/** The organ as the subject of a year's work: 2021年，河北省科学技术厅坚持…. */
	private static final Pattern YEAR_SUBJECT = Pattern.compile("\\d{4}年[，,]\\s*([\\p{IsHan}（）]{2,25}?(?:" + String.join("|",
			endings().toList()) + "))");
	/** A province or city named in a title the report quotes (《河北省实施〈…〉办法》): the place of a name printed without it. */
	private static final Pattern QUOTED_PLACE = Pattern.compile("《([\\p{IsHan}]{2,3}[省市])");

	static HeaderFacts of(List<String> opening, List<String> all) {
		List<String> lines = unwrappedTitle(opening.stream().map(Normal::text).filter(l -> !l.isEmpty() && !METADATA.matcher(l).matches()).toList());
		List<String> text = all.stream().map(String::strip)
				.filter(l -> !l.isEmpty() && !METADATA.matcher(l).matches() && !Texts.isPageNumber(l)).toList();
		int title = titleLine(lines);
		String titleText = title < 0 ? runInTitle(lines) : lines.get(title);
		if (title > 0 && (titleText.matches("\\d{4}.*") || !YEAR.matcher(titleText).find())) {
			titleText = lines.get(title - 1) + titleText;
		}
		List<String> preamble = new ArrayList<>();
		for (int i = title + 1; i < lines.size(); i++) {
			if (lines.get(i).length() >= 20) {
				preamble.add(lines.get(i));
			}
		}
		String opening0 = String.join("", preamble);
		LocalDate issued = null;
		String signature = null;
		int last = text.size() - 1;
		if (last >= 0) {
			Matcher date = DATE.matcher(Normal.text(text.get(last)));
			String above = last > 0 ? Normal.text(text.get(last - 1)) : "";
			Matcher runIn = RUN_IN_SIGNATURE.matcher(Normal.text(text.get(last)));
			if (date.matches()) {
				issued = date(date);
				if (!above.isEmpty() && above.length() <= 30 && !above.matches(".*[，。；：].*")) {
					signature = above;
				}
			} else if (runIn.find() && hasEnding(runIn.group(1).strip())) {
				signature = runIn.group(1).strip();
				Matcher signed = DATE.matcher(runIn.group(2));
				issued = signed.matches() ? date(signed) : null;
			}
		}
		Integer year = null;
		Matcher titleYear = YEAR.matcher(titleText);
		String titleOrgan = null;
		if (titleYear.find()) {
			year = Integer.valueOf(titleYear.group(1));
			titleOrgan = titleText.substring(0, titleYear.start()).strip();
		} else {
			Matcher period = PERIOD.matcher(opening0);
			if (period.find()) {
				year = Integer.valueOf(period.group(1));
			}
		}
		String all0 = String.join("\n", text);
		Matcher contactMatch = CONTACT.matcher(opening0);
		String contact = contactMatch.find() ? contactMatch.group(1) + (contactMatch.group(2) == null ? "" : contactMatch.group(2)) : null;
		Matcher website = WEBSITE.matcher(opening0);
		String organ = organ(signature, titleOrgan, opening0, contact == null ? null : contactMatch.group(1), all0);
		return new HeaderFacts(organ, year, issued, website.find() ? website.group().replaceAll("\\.+$", "") : null, contact,
				preamble.isEmpty() ? null : String.join("\n", preamble));
	}

	/** The lines with a title a PDF wrapped before its last characters (…年度报 / 告) joined again. */
	private static List<String> unwrappedTitle(List<String> lines) {
		for (int i = 0; i + 1 < lines.size() && i < 5; i++) {
			String line = lines.get(i);
			String joined = line + lines.get(i + 1);
			if (!namesReport(line) && lines.get(i + 1).length() <= 4 && joined.length() <= 40 && namesReport(joined)) {
				List<String> unwrapped = new ArrayList<>(lines.subList(0, i));
				unwrapped.add(joined);
				unwrapped.addAll(lines.subList(i + 2, lines.size()));
				return unwrapped;
			}
		}
		return lines;
	}

	private static boolean namesReport(String line) {
		return line.contains("年度报告") || line.contains("工作报告");
	}

	/**
	 * A title a crawler ran into the text after it ({@code 2022年政府信息公开工作年度报告泽曲镇根据…}): the first paragraph's
	 * start up to the report's name, with what stands before the year only when that can be an organ's name alone (a
	 * page's menu run into it cannot: {@code 泽州县人民政府搜索位置匹配度排序泽州县人民政府2024年…}); "" when there is none.
	 */
	private static String runInTitle(List<String> lines) {
		if (lines.isEmpty()) {
			return "";
		}
		Matcher runIn = RUN_IN_TITLE.matcher(lines.get(0));
		if (!runIn.find()) {
			return "";
		}
		String before = runIn.group(1).strip();
		boolean isName = before.length() <= ORGAN_NAME && hasEnding(before);
		return isName ? runIn.group().strip() : runIn.group().substring(runIn.start(2));
	}

	/** The title: the first paragraph that names the report (…年度报告, …工作报告), before the first part. */
	private static int titleLine(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.length() <= 40 && namesReport(line)) {
				return i;
			}
		}
		return -1;
	}

	private static String organ(String signature, String title, String opening, String contact, String text) {
		if (signature != null) {
			return signature;
		}
		if (title != null && !title.isEmpty()) {
			return hasEnding(title) ? withPlace(title, text) : completed(title, text);
		}
		Matcher quoted = QUOTED_TITLE.matcher(opening);
		if (quoted.find() && hasEnding(quoted.group(1))) {
			return quoted.group(1);
		}
		Matcher subject = SUBJECT.matcher(opening);
		if (subject.find() && !subject.group(1).startsWith("本")) {
			return completed(subject.group(1), text);
		}
		if (contact != null) {
			Matcher office = OFFICE_OF_ORGAN.matcher(contact);
			if (office.find()) {
				return office.group(1);
			}
		}
		Matcher yearSubject = YEAR_SUBJECT.matcher(text);
		return yearSubject.find() ? placed(yearSubject.group(1), text) : null;
	}

	/** A name printed without its place (洪泽区人民政府) gets the place its office is named with (淮安市洪泽区人民政府办公室). */
	private static String withPlace(String name, String text) {
		String office = name + "办公室";
		for (int at = text.indexOf(office); at >= 0; at = text.indexOf(office, at + 1)) {
			// the place: up to six Chinese characters, then 省 市 州 or 盟, just before the office's name
			int end = at - 1;
			if (end < 0 || "省市州盟".indexOf(text.charAt(end)) < 0) {
				continue;
			}
			int start = end;
			while (start > 0 && end - start < 6 && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
				start--;
			}
			if (end - start >= 2) {
				String place = text.substring(start, end + 1);
				int cut = Math.max(Math.max(place.lastIndexOf('由'), place.lastIndexOf('与')), place.lastIndexOf('请'));
				return place.substring(cut + 1) + name;
			}
		}
		return name;
	}

	/** A name printed without its province or city (省工业和信息化厅) gets the one the report's quoted titles name. */
	private static String placed(String name, String text) {
		if (!name.startsWith("省") && !name.startsWith("市")) {
			return name;
		}
		Matcher place = QUOTED_PLACE.matcher(text);
		while (place.find()) {
			if (place.group(1).endsWith(name.substring(0, 1))) {
				return place.group(1) + name.substring(1);
			}
		}
		return name;
	}

	/** A name without an organ's ending completed with the first ending the text prints after it. */
	private static String completed(String name, String text) {
		int best = -1;
		String found = name;
		for (String ending : endings().toList()) {
			int at = text.indexOf(name + ending);
			if (at >= 0 && (best < 0 || at < best)) {
				best = at;
				found = name + ending;
			}
		}
		return found;
	}

	private static boolean hasEnding(String name) {
		return endings().anyMatch(name::endsWith);
	}

	private static Stream<String> endings() {
		return Stream.concat(OrganLevel.NAME_ENDINGS.stream(), OrganLevel.DEPARTMENT_ENDINGS.stream());
	}

	private static LocalDate date(Matcher date) {
		try {
			return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
		} catch (DateTimeException e) {
			return null;
		}
	}
}
