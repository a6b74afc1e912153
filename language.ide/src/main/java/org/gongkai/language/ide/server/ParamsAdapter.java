package org.gongkai.language.ide.server;

import java.io.IOException;

import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.adapters.MessageTypeAdapter;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;

/**
 * LSP4J's reading of a message, except that the params are read whole and then converted: params of the wrong shape
 * ({@code "position": "x"}) become {@link UnreadableParams} in a message that keeps its id and method. LSP4J converts
 * them while it reads, and a failure there ends the message: a ParseError answer when Gson's exception is a
 * JsonSyntaxException, and no answer at all for any other.
 */
final class ParamsAdapter extends MessageTypeAdapter {

	static final class Factory implements TypeAdapterFactory {

		private final MessageJsonHandler handler;

		Factory(MessageJsonHandler handler) {
			this.handler = handler;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
			return Message.class.isAssignableFrom(type.getRawType()) ? (TypeAdapter<T>) new ParamsAdapter(handler, gson) : null;
		}
	}

	private ParamsAdapter(MessageJsonHandler handler, Gson gson) {
		super(handler, gson);
	}

	@Override
	protected Object parseParams(JsonReader in, String method) throws IOException {
		return parseParams(JsonParser.parseReader(in), method);
	}

	@Override
	protected Object parseParams(Object params, String method) {
		if (!(params instanceof JsonElement json) || method == null) {
			return super.parseParams(params, method);
		}
		try {
			return super.parseParams(unwrapped(json, method), method);
		} catch (RuntimeException e) {
			return new UnreadableParams(e);
		}
	}

	/** LSP4J reads the params of a method of one parameter given by position, {@code [p]}, as {@code p}. */
	private JsonElement unwrapped(JsonElement params, String method) {
		if (!params.isJsonArray() || getParameterTypes(method).length != 1) {
			return params;
		}
		JsonArray array = params.getAsJsonArray();
		if (array.size() != 1) {
			throw new JsonSyntaxException("应有 1 个参数，收到 " + array.size() + " 个");
		}
		return array.get(0);
	}
}
