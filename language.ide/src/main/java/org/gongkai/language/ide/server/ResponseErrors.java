package org.gongkai.language.ide.server;

import java.io.FileNotFoundException;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The error answer for a request that failed. A position outside the document (Xtext's document throws
 * IndexOutOfBoundsException) and a document that is neither open nor on disk are the client's mistakes: InvalidParams,
 * with a message that says so. Anything else is LSP4J's internal error (logged, with the stack trace as data).
 */
public final class ResponseErrors implements Function<Throwable, ResponseError> {

	@Override
	public ResponseError apply(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof IndexOutOfBoundsException) {
				return new ResponseError(ResponseErrorCode.InvalidParams, "请求中的位置不在文档范围内", null);
			}
			if (cause instanceof FileNotFoundException) {
				return new ResponseError(ResponseErrorCode.InvalidParams, "请求的文档既未打开，也不存在于磁盘上", null);
			}
		}
		return RemoteEndpoint.DEFAULT_EXCEPTION_HANDLER.apply(failure);
	}
}
