package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** A JSON array of {file, line, column, endLine, endColumn, severity, code, message} (and place, for a published report). */
final class JsonOutput {

	private JsonOutput() {
	}

	static void print(List<FileDiagnostic> diagnostics, PrintWriter out) {
		JsonArray array = new JsonArray();
		for (FileDiagnostic d : diagnostics) {
			JsonObject object = new JsonObject();
			object.addProperty("file", d.file());
			object.addProperty("line", d.line());
			object.addProperty("column", d.column());
			object.addProperty("endLine", d.endLine());
			object.addProperty("endColumn", d.endColumn());
			object.addProperty("severity", d.severity());
			object.addProperty("code", d.code());
			object.addProperty("message", d.message());
			if (d.place() != null) {
				object.addProperty("place", d.place());
			}
			array.add(object);
		}
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(array));
	}
}
