package org.gongkai.summary.output.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.gongkai.summary.SummaryData;
import org.gongkai.summary.data.ReportFigures;
import org.gongkai.summary.figures.Figure;
import org.gongkai.summary.figures.Figures;
import org.gongkai.summary.figures.Totals;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * What the charts draw, as JSON for the page's script: the year's outcomes (their sums), the organs with the most
 * applications, and each figure of the organ table year by year (null for a year no report gave it).
 */
final class ChartData {

	static final int RANKED = 20;

	private ChartData() {
	}

	static JsonObject of(SummaryData data) {
		JsonObject chart = new JsonObject();
		chart.addProperty("year", data.year());
		Totals year = Totals.of(data.ofYear());
		JsonArray outcomes = new JsonArray();
		for (Figure outcome : Figures.ALL.outcomes()) {
			JsonObject slice = new JsonObject();
			slice.addProperty("name", outcome.label());
			slice.addProperty("value", year.sum(outcome).orElse(0));
			outcomes.add(slice);
		}
		chart.add("outcomes", outcomes);
		chart.addProperty("handled", year.sum(Figures.ALL.get(Figures.HANDLED)).orElse(0));
		Figure received = Figures.ALL.get(Figures.NEW);
		List<ReportFigures> ranked = new ArrayList<>(data.ofYear().stream().filter(r -> received.of(r).isPresent()).toList());
		ranked.sort(Comparator.comparingLong((ReportFigures r) -> received.of(r).getAsLong()).reversed());
		JsonArray ranking = new JsonArray();
		for (ReportFigures report : ranked.subList(0, Math.min(RANKED, ranked.size()))) {
			JsonObject bar = new JsonObject();
			bar.addProperty("name", report.organ().isEmpty() ? report.file() : report.organ());
			bar.addProperty("value", received.of(report).getAsLong());
			ranking.add(bar);
		}
		chart.add("ranking", ranking);
		chart.add("years", years(data.byYear()));
		return chart;
	}

	private static JsonObject years(Map<Integer, List<ReportFigures>> byYear) {
		JsonObject years = new JsonObject();
		JsonArray labels = new JsonArray();
		byYear.keySet().forEach(year -> labels.add(year + "年"));
		years.add("labels", labels);
		List<Totals> totals = byYear.values().stream().map(Totals::of).toList();
		JsonArray series = new JsonArray();
		for (Figure figure : OrganTable.columns()) {
			JsonObject line = new JsonObject();
			line.addProperty("name", figure.label());
			JsonArray values = new JsonArray();
			for (Totals total : totals) {
				OptionalLong sum = total.sum(figure);
				values.add(sum.isPresent() ? new JsonPrimitive(sum.getAsLong()) : JsonNull.INSTANCE);
			}
			line.add("data", values);
			series.add(line);
		}
		years.add("series", series);
		return years;
	}
}
