package org.gongkai.language.ide.server;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * A message whose params did not read ({@link UnreadableParams}) goes no further: it becomes LSP4J's message issue
 * with the code InvalidParams, which LSP4J answers with an error for a request and logs for a notification.
 */
final class InvalidParamsAnswers implements MessageConsumer {

	private final MessageConsumer next;

	InvalidParamsAnswers(MessageConsumer next) {
		this.next = next;
	}

	@Override
	public void consume(Message message) {
		String method = null;
		Object params = null;
		if (message instanceof RequestMessage request) {
			method = request.getMethod();
			params = request.getParams();
		} else if (message instanceof NotificationMessage notification) {
			method = notification.getMethod();
			params = notification.getParams();
		}
		if (params instanceof UnreadableParams unreadable) {
			throw new MessageIssueException(message, new MessageIssue("请求 " + method + " 的参数不合格式："
					+ unreadable.failure().getMessage(), ResponseErrorCode.InvalidParams.getValue(), unreadable.failure()));
		}
		next.consume(message);
	}
}
