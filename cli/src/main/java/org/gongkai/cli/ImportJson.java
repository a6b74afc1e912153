package org.gongkai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.gongkai.language.generator.JsonFormat;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.language.report.ReportViews;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Injector;

/**
 * {@code import --to json}: the imported report's data in the shape of {@code generate --to json}, with its diagnostics
 * ({@code "diagnostics"}: severity, code, message and the place in the official table), whether or not it breaks the
 * template's rules; a cell the importer could not read is {@code "value": null} with its reason ({@link UnreadCells}).
 */
final class ImportJson {

	private static Injector injector;

	static synchronized String render(Path input, Path target, String source, Map<String, String> unread) {
		if (injector == null) {
			injector = CommandLineSetup.injector();
		}
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createFileURI(target.toAbsolutePath().toString()));
		try {
			resource.load(new LazyStringInputStream(source, "UTF-8"), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new CliProblem("无法导入 " + input + "：" + ReportFiles.reason(e));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			throw new CliProblem("无法导入 " + input + "：读不出报告");
		}
		JsonObject json = JsonParser.parseString(new String(injector.getInstance(JsonFormat.class)
				.render(injector.getInstance(ReportViews.class).of(report)), StandardCharsets.UTF_8)).getAsJsonObject();
		UnreadCells.mark(json, unread);
		TablePlaces places = new TablePlaces(injector);
		JsonArray diagnostics = new JsonArray();
		for (Issue issue : injector.getInstance(FailClosedValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			if (issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING) {
				FileDiagnostic d = FileDiagnostic.of(input.toString(), places.place(resource, issue), issue);
				JsonObject object = new JsonObject();
				object.addProperty("severity", d.severity());
				object.addProperty("code", d.code());
				object.addProperty("place", d.place());
				object.addProperty("message", d.message());
				diagnostics.add(object);
			}
		}
		json.add("diagnostics", diagnostics);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json) + "\n";
	}

	private ImportJson() {
	}
}
