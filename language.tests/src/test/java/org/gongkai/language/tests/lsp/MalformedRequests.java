package org.gongkai.language.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.gongkai.language.ide.server.GongkaiServerModule;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Guice;

/**
 * Every JSON-RPC method Gongkai's server offers, as LSP4J finds them on it (each @JsonRequest and @JsonNotification
 * of LanguageServer, TextDocumentService, WorkspaceService and of the server's extensions, gongkai/preview), sent
 * with params that do not read as its parameter: a string where an object is due, and an object whose
 * object-valued fields are strings. A request must be answered InvalidParams; a notification has no answer, and the
 * server must go on. Methods without a parameter (shutdown, exit) have no params to get wrong.
 */
public final class MalformedRequests {

	/** A JSON-RPC client: the answer to a request (the message with its id, within a time limit), a notification sent. */
	public interface Client {
		JsonObject request(String method, String params) throws Exception;

		void notify(String method, String params) throws Exception;
	}

	private static final int INVALID_PARAMS = ResponseErrorCode.InvalidParams.getValue();

	private MalformedRequests() {
	}

	/** The requests that take a parameter, by name. */
	public static List<String> requests() {
		return methods(true).keySet().stream().toList();
	}

	/**
	 * A request for hover at {@code "position": "x"} in the document {@code uri}, then every request with each of its
	 * malformed params, is answered InvalidParams; every notification with its malformed params is sent; and then
	 * a good request, the preview of {@code uri} (a report of 工布江达县), is answered with the report.
	 */
	public static void assertEveryRequestAnswered(Client client, String uri) throws Exception {
		JsonObject hover = client.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":\"x\"}");
		assertTrue(isInvalidParams(hover), hover.toString());
		assertEquals("", String.join("\n", failures(client)));
		notifications(client);
		JsonObject preview = client.request("gongkai/preview", "{\"uri\":\"" + uri + "\"}");
		assertTrue(preview.getAsJsonObject("result").get("html").getAsString().contains("工布江达县"), preview.toString());
	}

	/** Sends every request with each of its malformed params; the failures, one line each: an answer not InvalidParams. */
	static List<String> failures(Client client) throws Exception {
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, JsonRpcMethod> method : methods(true).entrySet()) {
			for (String params : malformed(method.getValue())) {
				JsonObject answer = client.request(method.getKey(), params);
				if (!isInvalidParams(answer)) {
					failures.add(method.getKey() + " " + params + " → " + answer);
				}
			}
		}
		return failures;
	}

	/** Sends every notification with each of its malformed params. */
	static void notifications(Client client) throws Exception {
		for (Map.Entry<String, JsonRpcMethod> method : methods(false).entrySet()) {
			for (String params : malformed(method.getValue())) {
				client.notify(method.getKey(), params);
			}
		}
	}

	public static boolean isInvalidParams(JsonObject answer) {
		return answer.has("error") && answer.getAsJsonObject("error").get("code").getAsInt() == INVALID_PARAMS;
	}

	private static Map<String, JsonRpcMethod> methods(boolean requests) {
		LanguageServerImpl server = Guice.createInjector(new GongkaiServerModule()).getInstance(LanguageServerImpl.class);
		return server.supportedMethods().entrySet().stream()
				.filter(method -> method.getValue().isNotification() != requests && method.getValue().getParameterTypes().length > 0)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
	}

	private static List<String> malformed(JsonRpcMethod method) {
		List<String> params = new ArrayList<>(List.of("\"x\""));
		if (method.getParameterTypes()[0] instanceof Class<?> type) {
			String fields = objectFields(type).stream().map(name -> "\"" + name + "\":\"x\"").collect(Collectors.joining(","));
			if (!fields.isEmpty()) {
				params.add("{" + fields + "}");
			}
		}
		return params;
	}

	/** The fields of a params class (and its superclasses) whose values are JSON objects, as LSP4J names them. */
	private static List<String> objectFields(Class<?> type) {
		List<String> names = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && isObject(field.getGenericType())) {
					names.add(field.getName());
				}
			}
		}
		return names;
	}

	private static boolean isObject(Type type) {
		return type instanceof Class<?> c && !c.isPrimitive() && !c.isEnum() && !c.isArray() && c != Object.class
				&& !c.getName().startsWith("java.") && !JsonElement.class.isAssignableFrom(c) && !Collection.class.isAssignableFrom(c)
				&& !c.getName().startsWith("org.eclipse.lsp4j.jsonrpc.messages.");
	}
}
