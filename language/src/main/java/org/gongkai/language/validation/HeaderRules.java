package org.gongkai.language.validation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.HeaderKey;
import org.gongkai.language.gongkai.Previous;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.Dates;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.Vocabulary;

/** Rules on the report's header: keys, values, format and dates. */
public class HeaderRules extends ReportRules {

	@Check
	public void headerMissing(Report report) {
		ReportView view = view(report);
		for (HeaderKey key : new HeaderKey[] { HeaderKey.ORGAN, HeaderKey.YEAR }) {
			if (view.header(key).isEmpty()) {
				String alias = Vocabulary.HEADER_KEYS.stream().filter(t -> t.keyword().equals(key.getLiteral())).findFirst()
						.orElseThrow().alias();
				error(String.format("缺少「%s」（%s）：每份报告都要写明%s", alias, key.getLiteral(),
						key == HeaderKey.ORGAN ? "机关名称" : "报告年度"), report, GongkaiPackage.Literals.REPORT__NAME,
						IssueCodes.HEADER_MISSING, key.getLiteral());
			}
		}
	}

	@Check
	public void headerDuplicate(Report report) {
		Set<HeaderKey> seen = EnumSet.noneOf(HeaderKey.class);
		for (Header header : report.getHeaders()) {
			if (!seen.add(header.getKey())) {
				error(String.format("「%s」写了两次，只算第一次", Sources.text(header, GongkaiPackage.Literals.HEADER__KEY)), header,
						GongkaiPackage.Literals.HEADER__KEY, IssueCodes.HEADER_DUPLICATE);
			}
		}
		for (Previous previous : report.getPrevious().subList(Math.min(1, report.getPrevious().size()), report.getPrevious().size())) {
			error("「上年报告」（previous）写了两次，只算第一次", previous, null, IssueCodes.HEADER_DUPLICATE);
		}
	}

	/** A header value of the wrong kind (organ 2023), an unknown format or an impossible date. */
	@Check
	public void headerValue(Header header) {
		String expected = HeaderValues.problem(header);
		if (expected != null) {
			error(String.format("「%s」%s", Sources.text(header, GongkaiPackage.Literals.HEADER__KEY), expected), header, null,
					IssueCodes.SYNTAX);
		}
	}

	@Check
	public void formatYear(Report report) {
		ReportView view = view(report);
		Optional<Integer> year = view.year();
		ReportFormat format = view.format();
		if (year.isEmpty() || format.isMeantFor(year.get()) || HeaderValues.problem(view.header(HeaderKey.FORMAT).orElse(null)) != null) {
			return;
		}
		ReportFormat meant = Formats.ALL.stream().filter(f -> f.isMeantFor(year.get())).findFirst().orElse(Formats.DEFAULT);
		String message = String.format("%d 年度的报告应使用格式 %d（%s），此处为格式 %d（%s）", year.get(), meant.id(), meant.notice(),
				format.id(), format.notice());
		Header at = view.header(HeaderKey.FORMAT).orElseGet(() -> view.header(HeaderKey.YEAR).orElseThrow());
		String[] data = FormatMove.canMove(view, meant) ? new String[] { String.valueOf(meant.id()) } : new String[0];
		warning(message, at, null, IssueCodes.FORMAT_YEAR, data);
	}

	@Check
	public void issuedMissing(Report report) {
		if (view(report).header(HeaderKey.ISSUED).isEmpty()) {
			warning("没有写成文日期（issued）：落款处将不印日期", report, GongkaiPackage.Literals.REPORT__NAME,
					IssueCodes.ISSUED_MISSING);
		}
	}

	@Check
	public void issuedEarly(Report report) {
		ReportView view = view(report);
		Optional<LocalDate> issued = view.issued();
		if (issued.isPresent() && view.year().isPresent() && issued.get().getYear() <= view.year().get()) {
			error(String.format("成文日期 %s 不能早于报告年度结束：%d 年度的报告应在 %d 年编写", Dates.chinese(issued.get()),
					view.year().get(), view.year().get() + 1), view.header(HeaderKey.ISSUED).orElseThrow(),
					GongkaiPackage.Literals.HEADER__DATE, IssueCodes.ISSUED_EARLY);
		}
	}

	@Check
	public void issuedLate(Report report) {
		ReportView view = view(report);
		Optional<LocalDate> issued = view.issued();
		Optional<MonthDay> deadline = view.deadline();
		if (issued.isEmpty() || view.year().isEmpty() || deadline.isEmpty() || issued.get().getYear() <= view.year().get()) {
			return;
		}
		LocalDate due = deadline.get().atYear(view.year().get() + 1);
		if (issued.get().isAfter(due)) {
			warning(String.format("成文日期 %s 晚于公布期限 %s（%s）", Dates.chinese(issued.get()), Dates.chinese(due),
					view.header(HeaderKey.DEADLINE).isPresent() ? "本报告写明的期限" : view.level().label() + "的法定期限"),
					view.header(HeaderKey.ISSUED).orElseThrow(), GongkaiPackage.Literals.HEADER__DATE, IssueCodes.ISSUED_LATE);
		}
	}
}
