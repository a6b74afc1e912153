package org.gongkai.language.validation;

import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.report.Dates;
import org.gongkai.language.report.Written;
import org.gongkai.language.template.Formats;

/** What each header key takes, and what is wrong with a value written for it (null when nothing is). */
final class HeaderValues {

	static String problem(Header header) {
		if (header == null) {
			return null;
		}
		// what was written is looked up in the node model only for the key that takes it
		boolean text = header.getText() != null;
		boolean date = header.getDate() != null;
		boolean monthDay = header.getMonthDay() != null;
		switch (header.getKey()) {
		case ORGAN, WEBSITE, CONTACT, PREAMBLE:
			return text ? null : "应写一段用双引号括起的文字";
		case YEAR:
			return Written.has(header, GongkaiPackage.Literals.HEADER__NUMBER) && header.getNumber() >= 1000 && header.getNumber() <= 9999
					? null : "应为四位数字的年份，如 2024";
		case FORMAT:
			return Written.has(header, GongkaiPackage.Literals.HEADER__NUMBER) && Formats.byId(header.getNumber()).isPresent() ? null
					: "只能是 " + String.join(" 或 ", Formats.ALL.stream().map(f -> String.valueOf(f.id())).toList());
		case LEVEL:
			return Written.has(header, GongkaiPackage.Literals.HEADER__LEVEL) ? null
					: "应为 government（本级政府）、department（部门）或 township（乡镇）";
		case SCOPE:
			return Written.has(header, GongkaiPackage.Literals.HEADER__SCOPE) ? null : "应为 self（本级）或 area（汇总）";
		case ISSUED:
			return date && Dates.date(header.getDate()).isPresent() ? null : "应为一个有效日期，如 2024-01-27 或 2024年1月27日";
		case DEADLINE:
			return monthDay && Dates.monthDay(header.getMonthDay()).isPresent() ? null : "应为次年的月日，如 02-20 或 2月20日";
		default:
			return null;
		}
	}

	private HeaderValues() {
	}
}
