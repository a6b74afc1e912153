package org.gongkai.workbench.http;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.gongkai.workbench.files.Imports;
import org.gongkai.workbench.files.NextYears;
import org.gongkai.workbench.files.Refused;
import org.gongkai.workbench.files.ReportStore;
import org.gongkai.workbench.files.Reports;
import org.gongkai.workbench.files.Workspace;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * {@code /api/…}: the page's access to the workspace. Files are named relative to it ({@link Workspace}); answers
 * are JSON, a refusal {@code {"error": "…"}} with its status.
 *
 * <pre>
 * GET  /api/files                      the reports: name, uri, organ, year, errors, warnings
 * GET  /api/file?name=N                text, digest, its diagnostics from the folder's last check (as validate's json)
 * GET  /api/digest?name=N              the digest of the file on disk now
 * PUT  /api/file?name=N&amp;base=D         save (refused when the file is no longer D)
 * POST /api/new     {organ,year,level} a new report from gongkai new's skeleton
 * POST /api/next    {from}             next year's report started from this one (上年结转, 现行有效件数)
 * POST /api/rename  {from,to}
 * POST /api/import?file=F              the published report's bytes → a new .gongkai
 * GET  /api/download?name=N&amp;to=FORMAT the document, when the report has no errors
 * </pre>
 */
public final class ApiHandler extends Handler.Abstract {

	private static final String PREFIX = "/api/";

	private final Gson gson = new Gson();
	private final ReportStore store;
	private final Reports reports;
	private final Imports imports;
	private final NextYears nextYears;

	public ApiHandler(Workspace workspace) {
		store = new ReportStore(workspace);
		reports = new Reports(workspace);
		imports = new Imports(store);
		nextYears = new NextYears(store, reports);
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String path = Request.getPathInContext(request);
		if (!path.startsWith(PREFIX)) {
			return false;
		}
		String route = request.getMethod() + " " + path.substring(PREFIX.length());
		Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
		try {
			if (route.equals("GET download")) {
				Reports.Document document = reports.document(query.getValue("name"), query.getValue("to"));
				response.getHeaders().put(HttpHeader.CONTENT_TYPE, document.contentType());
				response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
						+ URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
				response.write(true, ByteBuffer.wrap(document.bytes()), callback);
				return true;
			}
			Object answer = switch (route) {
				case "GET files" -> reports.list();
				case "GET file" -> opened(store.open(query.getValue("name")));
				case "GET digest" -> Map.of("digest", store.digest(query.getValue("name")));
				case "PUT file" -> Map.of("digest", store.save(query.getValue("name"), text(request), query.getValue("base")));
				case "POST new" -> created(json(request));
				case "POST next" -> Map.of("name", nextYears.start(string(json(request), "from")));
				case "POST rename" -> renamed(json(request));
				case "POST import" -> imports.importFile(query.getValue("file"), bytes(request));
				default -> throw new Refused(Refused.NOT_FOUND, "没有这个操作：" + route);
			};
			reply(response, callback, 200, answer);
		} catch (Refused e) {
			reply(response, callback, e.status(), Map.of("error", e.getMessage()));
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			reply(response, callback, 500, Map.of("error", "Gongkai 内部错误；请把这个文件和所做的操作发给 Gongkai 的维护者"));
		}
		return true;
	}

	private Map<String, Object> opened(ReportStore.Opened opened) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("name", opened.name());
		answer.put("uri", reports.uri(store.file(opened.name())));
		answer.put("text", opened.text());
		answer.put("digest", opened.digest());
		answer.put("diagnostics", reports.diagnostics(opened.name()));
		if (opened.warning() != null) {
			answer.put("warning", opened.warning());
		}
		return answer;
	}

	private Map<String, String> created(JsonObject form) {
		String level = form.has("level") ? form.get("level").getAsString() : null;
		int year;
		try {
			year = form.get("year").getAsInt();
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			throw new Refused(Refused.BAD_REQUEST, "年度须是四位数，如 2024");
		}
		return Map.of("name", store.create(string(form, "organ"), year, level));
	}

	private Map<String, String> renamed(JsonObject form) {
		String to = string(form, "to");
		store.rename(string(form, "from"), to);
		return Map.of("name", to);
	}

	private static String string(JsonObject form, String key) {
		return form.has(key) && form.get(key).isJsonPrimitive() ? form.get(key).getAsString() : null;
	}

	private JsonObject json(Request request) throws Exception {
		try {
			return gson.fromJson(text(request), JsonObject.class);
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			throw new Refused(Refused.BAD_REQUEST, "请求的内容不是 JSON");
		}
	}

	private static String text(Request request) throws Exception {
		return new String(bytes(request), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(Request request) throws Exception {
		ByteBuffer buffer = Content.Source.asByteBuffer(request);
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	private void reply(Response response, Callback callback, int status, Object answer) {
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
		response.write(true, ByteBuffer.wrap(gson.toJson(answer).getBytes(StandardCharsets.UTF_8)), callback);
	}
}
