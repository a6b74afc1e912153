package org.gongkai.summary.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

import org.gongkai.summary.data.Amounts;
import org.gongkai.summary.data.ReportFigures;

/**
 * The figures summed over some reports, with how many reports gave each one (a blank or a format without the figure
 * is not a report of 0). Ratios are worked out from the sums, never averaged over reports.
 */
public final class Totals {

	private final long[] sums;
	private final int[] reported;
	private final int reports;

	private Totals(long[] sums, int[] reported, int reports) {
		this.sums = sums;
		this.reported = reported;
		this.reports = reports;
	}

	public static Totals of(Collection<ReportFigures> reports) {
		int size = Figures.ALL.all().size();
		long[] sums = new long[size];
		int[] reported = new int[size];
		for (ReportFigures report : reports) {
			for (int i = 0; i < size; i++) {
				OptionalLong value = Figures.ALL.all().get(i).of(report);
				if (value.isPresent()) {
					sums[i] += value.getAsLong();
					reported[i]++;
				}
			}
		}
		return new Totals(sums, reported, reports.size());
	}

	public int reports() {
		return reports;
	}

	/** The sum, stored as {@link Amounts} for amounts; empty when no report gave it. */
	public OptionalLong sum(Figure figure) {
		int i = index(figure);
		return reported[i] == 0 ? OptionalLong.empty() : OptionalLong.of(sums[i]);
	}

	public int reported(Figure figure) {
		return reported[index(figure)];
	}

	/** The sum as printed ("" when no report gave it). */
	public String printed(Figure figure) {
		OptionalLong sum = sum(figure);
		return sum.isPresent() ? Amounts.printed(sum.getAsLong(), figure.isAmount()) : "";
	}

	/** part ÷ whole of the sums, as a percentage with one decimal; empty when the whole is 0 or not given. */
	public Optional<BigDecimal> percent(Figure part, Figure whole) {
		OptionalLong numerator = sum(part);
		OptionalLong denominator = sum(whole);
		return percent(numerator.orElse(0), denominator.orElse(0));
	}

	/** 纠正率: 结果纠正 ÷ the cases concluded (总计 − 尚未审结), from the sums. */
	public static Optional<BigDecimal> correctionRate(Totals totals, Figure total, Figure corrected, Figure pending) {
		return percent(totals.sum(corrected).orElse(0), totals.sum(total).orElse(0) - totals.sum(pending).orElse(0));
	}

	public static Optional<BigDecimal> percent(long part, long whole) {
		if (whole <= 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
				RoundingMode.HALF_UP));
	}

	private static int index(Figure figure) {
		return Figures.ALL.all().indexOf(figure);
	}
}
